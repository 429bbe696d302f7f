import { describe, expect, it } from 'vitest';
import { appealApplies, appealNoticeText, DEFAULT_APPEAL, normaliseAppealSettings, validateAppealSettings } from './appeal';

describe('appeal notice', () => {
  it('applies only to a review carrying « insuffisant »', () => {
    expect(appealApplies({ outcome: 'insuffisant' })).toBe(true);
    expect(appealApplies({ outcome: 'none' })).toBe(false);
  });

  it('names the fonctionnaire dirigeant and the commission d’évaluation by default, and says the outcome cannot be worse', () => {
    const text = appealNoticeText(DEFAULT_APPEAL);
    expect(text).toContain('recours écrit');
    expect(text).toContain('Destinataire du recours : le fonctionnaire dirigeant.');
    expect(text).toContain('examiné par la commission d’évaluation');
    expect(text).toContain('ne peut pas aboutir à une évaluation moins favorable');
  });

  it('puts the organisation’s own names in the wording', () => {
    const text = appealNoticeText({ ...DEFAULT_APPEAL, appealTo: 'la présidente du comité de direction du SPF Finances', heardBy: 'la chambre francophone de la commission d’évaluation' });
    expect(text).toContain('Destinataire du recours : la présidente du comité de direction du SPF Finances');
    expect(text).toContain('examiné par la chambre francophone de la commission d’évaluation');
    expect(text).not.toContain('{');
  });

  it('refuses an empty or overlong field; an old or damaged record falls back to the defaults', () => {
    expect(validateAppealSettings({ ...DEFAULT_APPEAL, appealTo: ' ' })).toEqual([{ field: 'appealTo', code: 'required' }]);
    expect(validateAppealSettings({ ...DEFAULT_APPEAL, notice: 'x'.repeat(2001) })).toEqual([{ field: 'notice', code: 'too-long' }]);
    expect(validateAppealSettings(DEFAULT_APPEAL)).toEqual([]);
    expect(normaliseAppealSettings(undefined)).toEqual(DEFAULT_APPEAL);
    expect(normaliseAppealSettings({ appealTo: 'X', heardBy: 3 })).toEqual({ ...DEFAULT_APPEAL, appealTo: 'X' });
  });
});
