import { useMemo } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from '../i18n';
import {
  CLASS_IDS,
  CURRENT_FRAMEWORK,
  expectedProfile,
  isClassId,
  leadershipApplies,
  type ClassId,
  type ProfileEntry,
} from '../../../shared/framework';
import { levelClassesLabel, splitDefinedTerms } from '../../../shared/framework/reading';
import { resolveFrameworkText } from '../../../shared/framework/texts';
import { FrameworkLanguageNote } from '../components/FrameworkLanguageNote';
import { CheckboxField } from '../components/CheckboxField';
import { textSetsWith, usePacks } from '../data/framework-packs-repo';
import { currentLanguage } from '../i18n';
import { useUiStore } from '../store';

const framework = CURRENT_FRAMEWORK;

export function ReferentielScreen() {
  const { t } = useTranslation();
  const classId = useUiStore((state) => state.referentielClass);
  const leadershipChosen = useUiStore((state) => state.referentielLeadership);
  const setClass = useUiStore((state) => state.setReferentielClass);
  const setLeadership = useUiStore((state) => state.setReferentielLeadership);
  // The family and cluster names in the interface's language where an official text exists (built in or from a pack), else the French.
  const packs = usePacks();
  const language = currentLanguage();
  const sets = useMemo(() => textSetsWith(packs ?? []), [packs]);
  const text = (key: string, french: string) => resolveFrameworkText(key, language, sets, framework)?.text ?? french;

  const applies = leadershipApplies(classId);
  const limitedLeadership = applies && leadershipChosen;
  const profile = useMemo(() => expectedProfile(classId, { limitedLeadership }), [classId, limitedLeadership]);
  const expectedCount = profile.filter((entry) => entry.expectedLevel !== null).length;
  const distinctiveCount = profile.filter((entry) => entry.expectedLevel !== null && entry.distinctive).length;

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('referentiel.title')}</h1>
        <p className="muted">
          {t('referentiel.familyTitle', { code: framework.family.code, name: text('family.name', framework.family.name) })} ·{' '}
          {t('referentiel.frameworkVersion', { version: framework.version })}
        </p>
        <FrameworkLanguageNote />
      </header>

      <section className="card" aria-labelledby="purpose-heading">
        <h2 id="purpose-heading">{t('referentiel.purposeHeading')}</h2>
        <p>
          {framework.family.purpose.what} <em>{t('referentiel.purposeSoThat')}</em> {framework.family.purpose.soThat}
        </p>
      </section>

      <div className="toolbar" role="group" aria-label={t('referentiel.classLabel')}>
        <RadioGroup
          className="segmented"
          orientation="horizontal"
          value={classId}
          onChange={(value) => {
            if (isClassId(value)) setClass(value);
          }}
        >
          <Label className="field-label">{t('referentiel.classLabel')}</Label>
          <div className="segmented-options">
            {CLASS_IDS.map((id) => (
              <Radio key={id} value={id} className="segmented-option" aria-label={t('referentiel.className', { classId: id })}>
                {id}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <div className="leadership">
          <CheckboxField isSelected={limitedLeadership} isDisabled={!applies} onChange={setLeadership} describedBy="leadership-hint">
            {t('referentiel.leadershipLabel')}
          </CheckboxField>
          <p id="leadership-hint" className="hint">
            {applies ? t('referentiel.leadershipHint') : t('referentiel.leadershipNotApplicable', { classId })}
          </p>
        </div>
      </div>

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('referentiel.profileHeading', { classId })}</h2>
        <p className="muted">{t('referentiel.profileSummary', { expected: expectedCount, distinctive: distinctiveCount })}</p>
        <div className="clusters">
          {framework.clusters.map((cluster) => (
            <ClusterTable
              key={cluster.id}
              name={text(`cluster.${cluster.id}`, cluster.name)}
              entries={profile.filter((entry) => entry.cluster === cluster.id)}
            />
          ))}
        </div>
        <p className="legend">
          {t('referentiel.legendDistinctive', { text: framework.legend.distinctive })}
          <br />
          {t('referentiel.legendLeadership', { text: framework.legend.limitedLeadership })}
        </p>
      </section>

      <CriteriaSection classId={classId} />
      <RolesSection />
      <p className="hint epicene-note" role="note" aria-label={t('legal.referentiel.epiceneLabel')}>
        {framework.family.footnote}
      </p>
    </div>
  );
}

function ClusterTable({ name, entries }: { name: string; entries: ProfileEntry[] }) {
  const { t } = useTranslation();
  return (
    <section className="card cluster" aria-label={name}>
      <h3 className="cluster-name">{name}</h3>
      <table className="profile-table">
        <thead>
          <tr>
            <th scope="col">{t('referentiel.columnCompetency')}</th>
            <th scope="col">{t('referentiel.columnExpected')}</th>
            <th scope="col">{t('referentiel.columnTitle')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <ProfileRow key={entry.id} entry={entry} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ProfileRow({ entry }: { entry: ProfileEntry }) {
  const { t } = useTranslation();
  const competency = framework.competencies.find((candidate) => candidate.id === entry.id)!;
  const expected = entry.expectedLevel === null ? undefined : competency.levels[entry.expectedLevel - 1];
  // Guider: "A1*/A2*", level 1 only with a limited leadership role.
  const starredLevel = competency.levels.find((level) => level.expectedForLimitedLeadership.length > 0);
  const starred = starredLevel ? t('legal.referentiel.starredLevel', { level: starredLevel.number, classes: levelClassesLabel(starredLevel) }) : null;
  return (
    <tr data-competency={entry.id} className={expected ? undefined : 'not-expected'}>
      <th scope="row">
        {entry.distinctive && (
          <span className="distinctive-mark" title={t('referentiel.distinctive')}>
            {t('referentiel.distinctiveMark')}
            <span className="visually-hidden"> ({t('referentiel.distinctive')})</span>{' '}
          </span>
        )}
        {entry.name}
      </th>
      <td className="expected-level">
        {expected ? (
          <span className="level-badge">{t('referentiel.levelOf', { level: expected.number, levels: entry.levels })}</span>
        ) : (
          <span className="not-expected-label" title={t('referentiel.notExpectedTitle')}>
            {t('referentiel.notExpected')}
          </span>
        )}
      </td>
      <td>
        {expected?.title ?? '—'}
        {starred && (
          <p className="hint leadership-note">
            {t('legal.referentiel.starred', { classes: starred, note: framework.legend.limitedLeadership })}
          </p>
        )}
        <details className="all-levels">
          <summary>{t('referentiel.allLevels', { name: entry.name })}</summary>
          <ol>
            {competency.levels.map((level) => (
              <li key={level.number} className={level.number === entry.expectedLevel ? 'is-expected' : undefined}>
                {t('referentiel.levelLine', { level: level.number, title: level.title })}
                {levelClassesLabel(level) && <span className="level-classes"> — {levelClassesLabel(level)}</span>}
                {level.number === entry.expectedLevel && <strong> ({t('referentiel.expectedHere')})</strong>}
              </li>
            ))}
          </ol>
        </details>
      </td>
    </tr>
  );
}

function CriteriaSection({ classId }: { classId: ClassId }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{t('referentiel.criteriaHeading', { classId })}</h2>
      <dl className="criteria">
        {framework.distinctiveCriteria
          .filter((criterion) => criterion.byClass[classId] !== undefined)
          .map((criterion) => (
            <div key={criterion.id} className="criterion">
              <dt>{criterion.name}</dt>
              <dd>
                <CriterionText text={criterion.byClass[classId]!} />
              </dd>
            </div>
          ))}
      </dl>
      <h3>{t('referentiel.definitionsHeading')}</h3>
      <dl className="definitions">
        {framework.definitions.map((definition) => (
          <div key={definition.term}>
            <dt id={definitionId(definition.term)} tabIndex={-1}>
              {definition.term}
            </dt>
            <dd>{definition.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const definitionId = (term: string) => `definition-${term.normalize('NFD').replace(/[^a-z]/giu, '')}`;
const TERMS = framework.definitions.map((definition) => definition.term);

/** A criterion's text as the document has it, with each starred term linking to its definition. */
function CriterionText({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <>
      {splitDefinedTerms(text, TERMS).map((part, index) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <a
            key={index}
            href={`#${definitionId(part.term)}`}
            aria-label={t('legal.referentiel.definitionLink', { term: part.term })}
            onClick={(event) => {
              // Routes live in the hash: move to the definition without changing the route.
              event.preventDefault();
              const target = document.getElementById(definitionId(part.term));
              target?.scrollIntoView({ block: 'center' });
              target?.focus();
            }}
          >
            {part.text}
          </a>
        ),
      )}
    </>
  );
}

function RolesSection() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('referentiel.rolesHeading')}</h2>
      <ul className="roles">
        {framework.roles.map((role) => (
          <li key={role.id}>
            <h3>{t('referentiel.roleTitle', { title: role.title })}</h3>
            <p>{role.purpose}</p>
            <details>
              <summary>{t('referentiel.exampleTasks')}</summary>
              <ul>
                {role.exampleTasks.map((task) => (
                  <li key={task}>{task}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
