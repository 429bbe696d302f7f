import { describe, expect, it } from 'vitest';
import { FRAMEWORK_DO } from './index';
import { builtInTextSets, frameworkTextKeys, frenchTexts, resolveFrameworkText, type FrameworkTextSet } from './texts';

const builtIn = builtInTextSets(FRAMEWORK_DO);

describe('framework texts per language', () => {
  it('keeps the French text verbatim from the document data', () => {
    const french = frenchTexts(FRAMEWORK_DO);
    expect(french['competency.penser-critique.name']).toBe('Penser de manière critique');
    expect(french['competency.penser-critique.level.3']).toBe("Placer l'information dans un contexte plus large et formuler des recommandations stratégiques");
    expect(french['criterion.conseil.A1']).toBe('Proposer des améliorations à la réglementation sur base de la pratique des dossiers.');
    expect(french['criterion.conseil.D']).toBeUndefined();
    // 12 competencies with 2, 3 or 4 levels each.
    expect(Object.keys(french).filter((key) => /^competency\.[^.]+\.name$/.test(key))).toHaveLength(12);
  });

  it('has in Dutch only the confirmed family and cluster names, as official', () => {
    const dutch = builtIn.find((set) => set.language === 'nl')!;
    expect(dutch.status).toBe('official');
    expect(dutch.texts).toEqual({
      'family.name': 'Dossierbeheerders',
      'cluster.reflechir-creer': 'Reflecteren en creëren',
      'cluster.echanger-collaborer': 'Uitwisselen en samenwerken',
      'cluster.agir-resultats': 'Handelen en resultaten behalen',
      'cluster.se-connaitre-progresser': 'Jezelf kennen en groeien',
    });
    expect(builtIn.some((set) => set.language === 'en')).toBe(false);
  });

  it('falls back to the official French, marked, where a language has no text', () => {
    expect(resolveFrameworkText('family.name', 'nl', builtIn, FRAMEWORK_DO)).toEqual({ text: 'Dossierbeheerders', language: 'nl', status: 'official', setId: 'builtin:nl' });
    expect(resolveFrameworkText('competency.communiquer.name', 'nl', builtIn, FRAMEWORK_DO)).toEqual({
      text: 'Communiquer',
      language: 'fr',
      status: 'fallback',
      setId: 'builtin:fr',
    });
    expect(resolveFrameworkText('competency.communiquer.name', 'fr', builtIn, FRAMEWORK_DO)?.status).toBe('official');
    expect(resolveFrameworkText('competency.nope.name', 'fr', builtIn, FRAMEWORK_DO)).toBeNull();
  });

  it('prefers an official pack to a working translation, and either to the fallback', () => {
    const working: FrameworkTextSet = { id: 'w', language: 'en', source: 'Team', version: '1', status: 'working-translation', texts: { 'competency.communiquer.name': 'Communicating' } };
    const official: FrameworkTextSet = { id: 'o', language: 'en', source: 'HR', version: '2', status: 'official', texts: { 'competency.communiquer.name': 'Communicate' } };
    expect(resolveFrameworkText('competency.communiquer.name', 'en', [working, ...builtIn], FRAMEWORK_DO)).toMatchObject({ text: 'Communicating', status: 'working-translation' });
    expect(resolveFrameworkText('competency.communiquer.name', 'en', [working, official, ...builtIn], FRAMEWORK_DO)).toMatchObject({ text: 'Communicate', status: 'official', setId: 'o' });
  });

  it('builds its keys from the framework ids only', () => {
    const keys = frameworkTextKeys(FRAMEWORK_DO);
    expect(keys.has('role.personne-contact.task.1')).toBe(true);
    expect(keys.has('definition.expertise.text')).toBe(true);
    expect([...keys].every((key) => /^[a-z]+(\.[\w-]+)+$/.test(key))).toBe(true);
  });
});
