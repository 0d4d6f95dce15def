import { useId, useRef, useState } from 'preact/hooks';
import type { ExportScope } from '../../lib/transfer/export-file';
import type { ImportConflict, ImportEntryKind, ImportPlan, ImportResolution } from '../../lib/transfer/plan-import';
import { plural } from '../plural';

/** What the reader can export: a Backstory file of their layer or of everything, or FollowTheMoney entities. */
export type ExportChoice = ExportScope | 'ftm';

/** What the tools show of a plan (planImport): nothing is applied until the reader says so. */
export type ImportPreview = Pick<ImportPlan, 'counts' | 'conflicts'>;
export type ImportCounts = ImportPlan['counts'];

export interface DatasetToolsProps {
  onExport(choice: ExportChoice): void | Promise<void>;
  /** Reads and checks the whole file; nothing is applied yet. */
  onPlanImport(file: File): Promise<ImportPreview | { error: string }>;
  /** Applies the planned file entirely, or nothing of it; answers what it added. */
  onApplyImport(resolution: ImportResolution): Promise<ImportCounts | { error: string }>;
}

type Step =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'planned' | 'applying'; fileName: string; plan: ImportPreview }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

const UNCHANGED = 'Nothing was imported; your dataset is unchanged.';

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/, '');
}

const KIND_WORDS: Record<ImportEntryKind, string> = { entity: 'Entity', agreement: 'Agreement', article: 'Article' };

/** "12 new entities, 3 new agreements, 1 bundled item removed; 4 entries you already have" */
function countsText(counts: ImportCounts): string {
  const { entities, agreements, articles, hidden } = counts.new;
  const parts = [
    entities > 0 ? plural(entities, 'new entity', 'new entities') : '',
    agreements > 0 ? plural(agreements, 'new agreement') : '',
    articles > 0 ? plural(articles, 'new article') : '',
    hidden > 0 ? `${plural(hidden, 'bundled item')} removed` : '',
  ].filter(Boolean);
  const added = parts.length > 0 ? parts.join(', ') : 'nothing new';
  return counts.identical > 0 ? `${added}; ${plural(counts.identical, 'entry', 'entries')} you already have` : added;
}

function conflictLabel(conflict: ImportConflict): string {
  return `${KIND_WORDS[conflict.kind]}: ${conflict.name}`;
}

/** Export the reader's layer or everything, and import a file: checked whole, shown, then applied or not at all. */
export function DatasetTools({ onExport, onPlanImport, onApplyImport }: DatasetToolsProps) {
  const baseId = useId();
  const id = (part: string) => `${baseId}-${part}`;
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const [resolution, setResolution] = useState<ImportResolution>('keep-mine');
  const [exportError, setExportError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The reader may pick another file while one is being checked: only the latest one counts.
  const latest = useRef(0);

  const exportAs = async (choice: ExportChoice) => {
    setExportError(null);
    try {
      await onExport(choice);
    } catch (error) {
      setExportError(`The export failed: ${reason(error)}. Your dataset is unchanged.`);
    }
  };

  const choose = async (file: File | undefined) => {
    const run = ++latest.current;
    if (!file) return setStep({ step: 'idle' });
    setStep({ step: 'checking', fileName: file.name });
    setResolution('keep-mine');
    let plan: ImportPreview | { error: string };
    try {
      plan = await onPlanImport(file);
    } catch (error) {
      plan = { error: reason(error) };
    }
    if (run !== latest.current) return;
    if ('error' in plan) setStep({ step: 'failed', message: `“${file.name}” cannot be imported: ${plan.error.replace(/[.\s]+$/, '')}. ${UNCHANGED}` });
    else setStep({ step: 'planned', fileName: file.name, plan });
  };

  const apply = async () => {
    if (step.step !== 'planned') return;
    const run = ++latest.current;
    setStep({ ...step, step: 'applying' });
    let outcome: ImportCounts | { error: string };
    try {
      outcome = await onApplyImport(resolution);
    } catch (error) {
      outcome = { error: reason(error) };
    }
    if (run !== latest.current) return;
    if ('error' in outcome) setStep({ step: 'failed', message: `The import failed: ${outcome.error.replace(/[.\s]+$/, '')}. ${UNCHANGED}` });
    else setStep({ step: 'done', message: `Imported “${step.fileName}”: ${countsText(outcome)}.` });
    if (fileInput.current) fileInput.current.value = '';
  };

  const cancel = () => {
    latest.current++;
    setStep({ step: 'idle' });
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  };

  const planned = step.step === 'planned' || step.step === 'applying' ? step : null;
  return (
    <section class="bs-tools" aria-labelledby={id('title')}>
      <h2 id={id('title')} class="bs-tools__title">
        Your dataset
      </h2>
      <h3 class="bs-section__title">Export</h3>
      <p class="bs-meta">A versioned Backstory file you can import again here or elsewhere, or FollowTheMoney entities (JSON lines) for other tools.</p>
      <div class="bs-tools__actions">
        <button type="button" class="bs-button bs-button--quiet" onClick={() => void exportAs('mine')}>
          Export my additions
        </button>
        <button type="button" class="bs-button bs-button--quiet" onClick={() => void exportAs('all')}>
          Export everything
        </button>
        <button type="button" class="bs-button bs-button--quiet" onClick={() => void exportAs('ftm')}>
          Export as FollowTheMoney
        </button>
      </div>
      {exportError ? (
        <p role="alert" class="bs-alert">
          {exportError}
        </p>
      ) : null}

      <h3 class="bs-section__title">Import</h3>
      <div class="bs-field">
        <label for={id('file')}>Import a Backstory file</label>
        <input
          ref={fileInput}
          id={id('file')}
          class="bs-tools__file"
          type="file"
          accept=".json,application/json"
          aria-describedby={id('import-help')}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
        <span id={id('import-help')} class="bs-meta">
          The whole file is checked first and you see what it changes; then all of it is applied, or nothing.
        </span>
      </div>
      {step.step === 'checking' ? (
        <p role="status" class="bs-tools__progress">
          Checking “{step.fileName}”…
        </p>
      ) : null}
      {step.step === 'failed' ? (
        <p role="alert" class="bs-alert">
          {step.message}
        </p>
      ) : null}
      {step.step === 'done' ? (
        <p role="status" class="bs-tools__done">
          {step.message}
        </p>
      ) : null}
      {planned ? (
        <div class="bs-tools__plan">
          <p role="status">
            {planned.step === 'applying'
              ? `Importing “${planned.fileName}”…`
              : `“${planned.fileName}” is a valid Backstory file: ${countsText(planned.plan.counts)}.`}
          </p>
          {planned.plan.conflicts.length > 0 ? (
            <>
              <p>{`${plural(planned.plan.conflicts.length, 'entry differs', 'entries differ')} from yours:`}</p>
              <ul class="bs-list bs-tools__conflicts" aria-label="Entries that differ">
                {planned.plan.conflicts.map((conflict) => (
                  <li key={`${conflict.kind}|${conflict.id}`} class="bs-tools__conflict">
                    <span class="bs-tools__conflict-label">{conflictLabel(conflict)}</span>
                    <dl class="bs-tools__versions">
                      <dt>Mine</dt>
                      <dd>{conflict.mine}</dd>
                      <dt>The file’s</dt>
                      <dd>{conflict.theirs}</dd>
                    </dl>
                  </li>
                ))}
              </ul>
              <fieldset class="bs-tools__resolution">
                <legend>For entries that differ</legend>
                <label class="bs-edit__choice">
                  <input type="radio" name={id('resolution')} checked={resolution === 'keep-mine'} onChange={() => setResolution('keep-mine')} />
                  Keep mine
                </label>
                <label class="bs-edit__choice">
                  <input type="radio" name={id('resolution')} checked={resolution === 'use-imported'} onChange={() => setResolution('use-imported')} />
                  Use the file’s
                </label>
              </fieldset>
            </>
          ) : (
            <p class="bs-meta">Nothing in it conflicts with your dataset.</p>
          )}
          <div class="bs-tools__actions">
            <button type="button" class="bs-button" disabled={planned.step === 'applying'} onClick={() => void apply()}>
              Apply import
            </button>
            <button type="button" class="bs-button bs-button--quiet" disabled={planned.step === 'applying'} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
