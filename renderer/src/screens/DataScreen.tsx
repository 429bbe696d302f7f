import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import type { SafetyBackupInfo } from '../../../shared/ipc';
import { CSV_FIELDS, checkCsvRows, suggestMapping, type CsvMapping, type CsvRowResult } from '../../../shared/people/csv-rows';
import { formatDateFr, parseDateInput, todayIso } from '../../../shared/dates';
import type { BackupData, BackupHeader, RecordProblem } from '../../../shared/backup/schema';
import { INTEGRITY_PARTS, type IntegrityPart } from '../../../shared/reviews/seal';
import { TextField } from '../components/fields';
import { RadioGroupField } from '../components/RadioGroupField';
import { CheckboxField } from '../components/CheckboxField';
import { createAppBackup, currentDataCounts, listPeopleForImport, readAppBackup, restoreAppBackup, importCheckedPeople } from '../data/data-actions';
import { parseCsv } from '../data/csv-import';
import type { BackupError, BackupProgress, RestoreMode } from '../data/backup/backup';
import type { AppError } from '../../../shared/result';
import { toAppError } from '../data/app-error';
import { errorMessage } from '../i18n/error-message';
import { platform } from '../platform';
import { DesktopFoldersSection } from './DesktopFoldersSection';
import { formatStamp } from './print/format-stamp';
import { IntegritySection } from './data/IntegritySection';

const MIN_PASSPHRASE = 10;

export function DataScreen() {
  // A restore or an import makes a safety copy first: the list below shows it at once.
  const [writes, setWrites] = useState(0);
  const { t } = useTranslation();
  return (
    <div className="screen narrow">
      <header className="screen-header">
        <h1>{t('backup.title')}</h1>
        <p className="muted">{t('backup.intro')}</p>
      </header>
      <BackupSection />
      <RestoreSection onWritten={() => setWrites((count) => count + 1)} />
      <CsvImportSection onWritten={() => setWrites((count) => count + 1)} />
      <SafetySection writes={writes} />
      {platform.openFolder && <DesktopFoldersSection openFolder={platform.openFolder} />}
      <IntegritySection />
    </div>
  );
}

/** Why a file could not be opened, said for what it was meant to be (a backup, a CSV). */
function openFailure(failure: AppError, tooLarge: 'backup-too-large' | 'csv-too-large'): string {
  return errorMessage(failure.code === 'file-too-large' ? { code: tooLarge } : failure.code === 'platform-failed' ? { code: 'file-unreadable' } : failure);
}

/** The parts of a seal that changed (`content, trail`), in words. */
function useSealPartsText() {
  const { t } = useTranslation();
  return (path: string) =>
    path
      .split(', ')
      .filter((part): part is IntegrityPart => (INTEGRITY_PARTS as readonly string[]).includes(part))
      .map((part) => t(`integrity.parts.${part}`))
      .join(', ');
}

function useBackupErrorText() {
  const { t } = useTranslation();
  const partsText = useSealPartsText();
  return (error: BackupError) =>
    `${errorMessage(error.code === 'seal-broken' && error.problem ? { ...error, problem: { ...error.problem, path: partsText(error.problem.path) } } : error)} ${t('backup.nothingChanged')}`;
}

function ProgressLine({ progress }: { progress: BackupProgress | null }) {
  const { t } = useTranslation();
  if (!progress) return null;
  return (
    <p role="status" className="hint">
      {t(`backup.progress.${progress.phase}`, { done: progress.done, total: progress.total })}
      {progress.phase === 'export' && progress.total > 0 && <progress value={progress.done} max={progress.total} className="progress" />}
    </p>
  );
}

function BackupSection() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [unencrypted, setUnencrypted] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    if (!unencrypted) {
      if (passphrase.length < MIN_PASSPHRASE) return setMessage({ text: t('backup.passphraseTooShort'), error: true });
      if (passphrase !== confirm) return setMessage({ text: t('backup.passphraseMismatch'), error: true });
    } else if (!acknowledged) return setMessage({ text: t('backup.unencryptedWarning'), error: true });
    try {
      const created = await createAppBackup(unencrypted ? null : passphrase, setProgress);
      if (!created.ok) return setMessage({ text: errorMessage(created.error), error: true });
      const { bytes, counts } = created.value;
      const answer = await platform.saveFile({
        suggestedName: `jalon_sauvegarde_${todayIso()}.jalon`,
        filters: [{ name: 'Sauvegarde Jalon', extensions: ['jalon'] }],
        content: bytes,
      });
      if (!answer.ok) return setMessage({ text: errorMessage(answer.error), error: true });
      const saved = answer.value;
      setMessage(saved.saved ? { text: t('backup.saved', { fileName: saved.fileName, people: counts.people, reviews: counts.reviews }), error: false } : { text: t('backup.cancelled'), error: false });
    } catch (error) {
      setMessage({ text: errorMessage(toAppError(error)), error: true });
    } finally {
      setProgress(null);
    }
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.create')}</h2>
      {!unencrypted && (
        <>
          <PassphraseField label={t('backup.passphrase')} value={passphrase} onChange={setPassphrase} hint={t('backup.passphraseHint')} />
          <PassphraseField label={t('backup.passphraseConfirm')} value={confirm} onChange={setConfirm} />
        </>
      )}
      <div className="field">
        <CheckboxField
          isSelected={unencrypted}
          onChange={(selected) => {
            setUnencrypted(selected);
            // A passphrase error no longer applies once there is no passphrase (and the other way round).
            setMessage(null);
          }}
        >
          {t('backup.unencrypted')}
        </CheckboxField>
      </div>
      {unencrypted && (
        <div className="field banner warning">
          <CheckboxField isSelected={acknowledged} onChange={setAcknowledged}>
            {t('backup.unencryptedWarning')}
          </CheckboxField>
        </div>
      )}
      <button type="submit" className="button primary" disabled={progress !== null}>
        {t('backup.save')}
      </button>
      <ProgressLine progress={progress} />
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : 'hint'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

function PassphraseField({ label, value, onChange, hint }: { label: string; value: string; onChange: (value: string) => void; hint?: string }) {
  const id = `pass-${label.length}-${label.charCodeAt(0)}`;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input id={id} className="input" type="password" autoComplete="new-password" value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function RestoreSection({ onWritten }: { onWritten: () => void }) {
  const { t } = useTranslation();
  const errorText = useBackupErrorText();
  const partsText = useSealPartsText();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [checked, setChecked] = useState<{ header: BackupHeader; data: BackupData; flagged: RecordProblem[] } | null>(null);
  // The file holds finalised reviews that no longer match their seal: refused, unless the user explicitly imports them flagged.
  const [broken, setBroken] = useState<RecordProblem[] | null>(null);
  // No default: replacing removes what is here, so it is chosen knowingly.
  const [mode, setMode] = useState<RestoreMode | null>(null);
  const [current, setCurrent] = useState<{ people: number; reviews: number } | null>(null);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function choose() {
    setMessage(null);
    setChecked(null);
    setBroken(null);
    const opened = await platform.openFile({ filters: [{ name: 'Sauvegarde Jalon', extensions: ['jalon'] }] });
    if (!opened.ok) return setMessage({ text: openFailure(opened.error, 'backup-too-large'), error: true });
    if (opened.value) setFile(opened.value);
  }

  async function check(event: FormEvent | null, flagBrokenSeals = false) {
    event?.preventDefault();
    if (!file) return;
    setProgress({ phase: 'check', done: 0, total: 1 });
    setBroken(null);
    try {
      const result = await readAppBackup(file.bytes, passphrase === '' ? null : passphrase, { flagBrokenSeals });
      if (result.ok) {
        setCurrent(await currentDataCounts());
        setMode(null);
        setChecked(result.value);
        setMessage(null);
      } else {
        setMessage({ text: errorText(result.error), error: true });
        if (result.error.code === 'seal-broken' && result.error.problem) setBroken([result.error.problem, ...(result.error.others ?? [])]);
      }
    } catch {
      // Never left on "Vérification du fichier…": whatever failed, the user is told and nothing was written.
      setMessage({ text: t('dataErrors.checkFailed'), error: true });
    } finally {
      setProgress(null);
    }
  }

  async function restore() {
    if (!checked) return;
    if (!mode) return setMessage({ text: t('restoreSafety.chooseMode'), error: true });
    setProgress({ phase: 'write', done: 0, total: 1 });
    try {
      const result = await restoreAppBackup(checked.data, mode);
      if (!result.ok) return setMessage({ text: `${errorMessage(result.error)} ${t('backup.nothingChanged')}`, error: true });
      setMessage({
        text: t('backup.restored', {
          people: result.value.people,
          reviews: result.value.reviews,
          kept: result.value.keptLocked > 0 ? t('backup.keptLocked', { count: result.value.keptLocked }) : '',
        }),
        error: false,
      });
      setChecked(null);
      setFile(null);
      onWritten();
    } catch (error) {
      setMessage({ text: `${errorMessage(toAppError(error))} ${t('backup.nothingChanged')}`, error: true });
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="card" aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('backup.restore')}</h2>
      <p className="hint">{t('backup.safetyNote')}</p>
      <button type="button" className="button" onClick={() => void choose()}>
        {t('backup.chooseFile')}
      </button>
      {file && <p className="hint">{file.name}</p>}
      {file && !checked && (
        <form onSubmit={(event) => void check(event)} noValidate>
          <PassphraseField label={t('backup.restorePassphrase')} value={passphrase} onChange={setPassphrase} />
          <button type="submit" className="button primary">
            {t('backup.check')}
          </button>
        </form>
      )}
      {broken && !checked && (
        <div className="restore-preview" role="group" aria-label={t('backup.brokenTitle')}>
          <p>{t('backup.brokenList', { count: broken.length })}</p>
          <ul>
            {broken.map((problem) => (
              <li key={problem.index}>{t('backup.brokenLine', { name: problem.message, parts: partsText(problem.path) })}</li>
            ))}
          </ul>
          <p className="hint">{t('backup.brokenChoice')}</p>
          <button type="button" className="button" onClick={() => void check(null, true)}>
            {t('backup.importFlagged')}
          </button>
        </div>
      )}
      {checked && (
        <div className="restore-preview">
          <p role="status">
            {t('backup.preview', {
              date: formatStamp(checked.header.createdAt),
              version: checked.header.appVersion,
              schema: checked.header.schemaVersion,
              people: checked.header.counts.people,
              reviews: checked.header.counts.reviews,
              settings: checked.header.counts.settings,
            })}
          </p>
          {checked.flagged.length > 0 && (
            <div role="alert">
              <p>{t('backup.flaggedPreview', { count: checked.flagged.length })}</p>
              <ul>
                {checked.flagged.map((problem) => (
                  <li key={problem.index}>{problem.message}</li>
                ))}
              </ul>
            </div>
          )}
          <RadioGroupField
            label={t('backup.mode')}
            name="restore-mode"
            orientation="vertical"
            value={mode}
            choices={[
              {
                value: 'replace',
                label: t('restoreSafety.replace', {
                  people: t('restoreSafety.people', { count: current?.people ?? 0 }),
                  reviews: t('restoreSafety.reviews', { count: current?.reviews ?? 0 }),
                }),
              },
              { value: 'merge', label: t('backup.modeMerge') },
            ]}
            onChange={setMode}
          />
          <button type="button" className="button primary" onClick={() => void restore()} disabled={progress !== null}>
            {t('backup.confirmRestore')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setChecked(null)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <ProgressLine progress={progress} />
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : 'hint'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

function CsvImportSection({ onWritten }: { onWritten: () => void }) {
  const { t } = useTranslation();
  const [parsed, setParsed] = useState<{ headers: string[]; rows: string[][]; lines: number[] } | null>(null);
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  const [cycleStart, setCycleStart] = useState(formatDateFr(`${todayIso().slice(0, 4)}-01-01`));
  const [result, setResult] = useState<CsvRowResult | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    if (!parsed || !mapping) return;
    let cancelled = false;
    void listPeopleForImport().then(
      (existing) => {
        if (!cancelled) setResult(checkCsvRows(parsed.rows, mapping, existing, parseDateInput(cycleStart) ?? cycleStart, parsed.lines, todayIso()));
      },
      (error: unknown) => {
        if (!cancelled) setMessage({ text: errorMessage(toAppError(error)), error: true });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [parsed, mapping, cycleStart]);

  async function choose() {
    setMessage(null);
    setParsed(null);
    setResult(null);
    const chosen = await platform.openFile({ filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }] });
    if (!chosen.ok) return setMessage({ text: openFailure(chosen.error, 'csv-too-large'), error: true });
    const opened = chosen.value;
    if (!opened) return;
    const csv = parseCsv(opened.bytes);
    if (!csv.ok) return setMessage({ text: errorMessage(csv.error), error: true });
    setParsed(csv.value);
    setMapping(suggestMapping(csv.value.headers));
  }

  async function runImport() {
    if (!result || result.valid.length === 0) return setMessage({ text: errorMessage({ code: 'nothing-valid' }), error: true });
    const imported = await importCheckedPeople(
      result.valid.map((row) => row.draft),
      result.valid.map((row) => row.outside),
    );
    if (imported.ok) {
      setMessage({ text: t('csvImport.imported', { count: imported.value }), error: false });
      onWritten();
      setParsed(null);
      setResult(null);
    } else setMessage({ text: errorMessage(imported.error), error: true });
  }

  const missingName = mapping && mapping.name === null;
  // The preview shows every column the user mapped, in the order of the fields.
  const mappedFields = mapping ? CSV_FIELDS.filter((field) => mapping[field] !== null) : [];
  const missingClass = mapping && mapping.classId === null;

  return (
    <section className="card" aria-labelledby="csv-heading">
      <h2 id="csv-heading">{t('csvImport.title')}</h2>
      <p className="hint">{t('csvImport.intro')}</p>
      <button type="button" className="button" onClick={() => void choose()}>
        {t('csvImport.choose')}
      </button>
      {parsed && mapping && (
        <>
          <h3>{t('csvImport.mapping')}</h3>
          <div className="mapping-grid">
            {CSV_FIELDS.map((field) => (
              <div key={field} className="field">
                <label htmlFor={`map-${field}`} className="field-label">
                  {t('csvImport.column', { field: t(`csvImport.fields.${field}`) })}
                </label>
                <select
                  id={`map-${field}`}
                  className="input"
                  value={mapping[field] ?? ''}
                  onChange={(event) => setMapping({ ...mapping, [field]: event.target.value === '' ? null : Number(event.target.value) })}
                >
                  <option value="">{t('csvImport.notMapped')}</option>
                  {parsed.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header || `#${index + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <TextField label={t('csvImport.defaultCycleStart')} value={cycleStart} onChange={setCycleStart} hint={t('common.dateHint')} maxLength={20} />
          {missingName && <p role="alert" className="field-error">{t('csvImport.errors.name-not-mapped')}</p>}
          {missingClass && <p role="alert" className="field-error">{t('csvImport.errors.class-not-mapped')}</p>}
          {result && !missingName && !missingClass && (
            <>
              <h3>{t('csvImport.preview', { valid: result.valid.length, invalid: result.invalidLines })}</h3>
              <div className="table-scroll preview-scroll" tabIndex={0} role="region" aria-label={t('csvImport.preview', { valid: result.valid.length, invalid: result.invalidLines })}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('csvImport.line')}</th>
                      {mappedFields.map((field) => (
                        <th key={field} scope="col">
                          {t(`csvImport.fields.${field}`)}
                        </th>
                      ))}
                      <th scope="col">{t('csvImport.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {parsed.rows.map((row, index) => {
                      const line = parsed.lines[index] ?? index + 2;
                      const errors = result.errors.filter((error) => error.line === line);
                      return (
                        <tr key={line} className={errors.length > 0 ? 'row-error' : undefined}>
                          <th scope="row">{line}</th>
                          {mappedFields.map((field) => (
                            <td key={field}>{row[mapping[field]!] ?? ''}</td>
                          ))}
                          <td>
                            {errors.length === 0
                              ? `✓ ${t('csvImport.ok')}`
                              : errors.map((error) => `⚠ ${t(`csvImport.rowErrors.${error.code}`, { field: t(`csvImport.fields.${error.field}`), detail: error.detail ? t(`adoption.errors.${error.detail}`) : '' })}`).join(' · ')}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <button type="button" className="button primary" onClick={() => void runImport()} disabled={result.valid.length === 0}>
                {t('csvImport.import', { count: result.valid.length })}
              </button>
            </>
          )}
        </>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : 'hint'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

function SafetySection({ writes }: { writes: number }) {
  const { t } = useTranslation();
  const [list, setList] = useState<SafetyBackupInfo[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void platform.listSafetyBackups().then((listed) => {
      if (!current) return;
      setList(listed.ok ? listed.value : []);
      setFailure(listed.ok ? null : errorMessage(listed.error));
    });
    return () => {
      current = false;
    };
  }, [writes]);
  async function download(entry: SafetyBackupInfo) {
    setFailure(null);
    const read = await platform.readSafetyBackup(entry.id);
    if (!read.ok) return setFailure(errorMessage(read.error));
    const saved = await platform.saveFile({ suggestedName: entry.id, filters: [{ name: 'Sauvegarde Jalon', extensions: ['jalon'] }], content: new Uint8Array(read.value) });
    if (!saved.ok) setFailure(errorMessage(saved.error));
  }
  return (
    <section className="card" aria-labelledby="safety-heading">
      <h2 id="safety-heading">{t('backup.safetyList')}</h2>
      {list && list.length === 0 && <p className="muted">{t('backup.safetyNone')}</p>}
      <ul>
        {list?.map((entry) => (
          <li key={entry.id}>
            {t('backup.safetyEntry', { date: formatStamp(entry.createdAt), reason: t(`backup.safetyReason.${entry.reason}`) })}{' '}
            <button type="button" className="button small" onClick={() => void download(entry)}>
              {t('backup.download')}
            </button>
          </li>
        ))}
      </ul>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </section>
  );
}
