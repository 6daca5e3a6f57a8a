/** Printers: add a network printer by address, set the chosen printer's profile, print a test label. */
import { cloneElement, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { Dpi, LabelFormat, LabelSize } from '../../../shared/labels';
import type { Printer, PrinterProfileInput } from '../../../shared/printing';
import { localizeError } from '../../i18n/errors';
import { isApiError, request } from './labels-store';

type Done = { kind: 'saved' } | { kind: 'tested'; printer: string } | { kind: 'added'; printer: string };

/**
 * How the printer is doing, in the seller's words (beside its name); under the list, the system's own
 * words when it has any, or a network printer's address.
 */
function useHealth() {
  const { t } = useTranslation();
  return {
    word: (printer: Printer) => (printer.state ? t(`labels.printerState.${printer.state}`) : null),
    line: (printer: Printer): string | undefined => {
      if (printer.kind === 'tcp') return t('labels.networkPrinter', { address: `${printer.host ?? ''}:${printer.port ?? ''}` });
      if (!printer.message) return undefined;
      return t('labels.printerSays', { state: printer.state ? t(`labels.printerState.${printer.state}`) : t('labels.printerState.unknown'), words: printer.message });
    },
  };
}

export function PrinterPanel({ printers, notice, onChanged }: { printers: Printer[]; notice: string | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const health = useHealth();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  // Which form the last outcome belongs to: it is said next to the button that did it.
  const [at, setAt] = useState<'profile' | 'add'>('profile');
  const [printerId, setPrinterId] = useState('');
  const printer = printers.find((p) => p.id === printerId) ?? printers[0] ?? null;
  const [language, setLanguage] = useState<{ printerId: string; value: LabelFormat } | null>(null);
  const shownLanguage = printer && language?.printerId === printer.id ? language.value : (printer?.profile.language ?? 'zpl');
  const profileForm = useRef<HTMLFormElement>(null);
  const baseId = useId();

  const attempt = async (where: 'profile' | 'add', work: () => Promise<Done>) => {
    setFailure(null);
    setDone(null);
    setAt(where);
    try {
      setDone(await work());
      onChanged();
    } catch (caught) {
      if (isApiError(caught)) setFailure(caught);
    }
  };

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    void attempt('add', async () => {
      const added = await request('printers.add', { kind: 'tcp', name: String(data.get('name') ?? ''), host: String(data.get('host') ?? ''), port: Number(data.get('port') ?? 9100) });
      form.reset();
      // The printer just added is the one the seller sets up next.
      setPrinterId(added.id);
      return { kind: 'added', printer: added.name };
    });
  };

  /** The profile on screen; ZPL's darkness and offsets are kept as they were while PDF is chosen. */
  const profileOnScreen = (target: Printer): PrinterProfileInput | null => {
    if (!profileForm.current) return null;
    const form = new FormData(profileForm.current);
    const chosen = String(form.get('language')) as LabelFormat;
    const number = (name: string, kept: number | null) => {
      if (chosen !== 'zpl') return kept;
      const value = String(form.get(name) ?? '').trim();
      return value === '' ? null : Number(value);
    };
    const darkness = number('darkness', target.profile.darkness);
    return {
      printerId: target.id,
      language: chosen,
      dpi: Number(form.get('dpi')) as Dpi,
      size: String(form.get('size')) as LabelSize,
      ...(darkness === null ? {} : { darkness }),
      offsetX: number('offsetX', target.profile.offsetX) ?? 0,
      offsetY: number('offsetY', target.profile.offsetY) ?? 0,
    };
  };

  const saveProfile = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!printer) return;
    const input = profileOnScreen(printer);
    if (input) void attempt('profile', async () => (await request('printers.setProfile', input), { kind: 'saved' }));
  };

  // The test prints what the form says: it is saved first.
  const printTest = () => {
    if (!printer) return;
    const input = profileOnScreen(printer);
    if (!profileForm.current?.reportValidity() || !input) return;
    void attempt('profile', async () => {
      await request('printers.setProfile', input);
      await request('printers.test', { printerId: printer.id });
      return { kind: 'tested', printer: printer.name };
    });
  };

  const field = (label: string, control: ReactElement<{ 'aria-describedby'?: string }>, help?: string) => {
    // The help is outside the label (the field's name stays short) and describes the control.
    const helpId = help ? `${baseId}-${label.replace(/\W+/g, '-')}` : undefined;
    const labelled = (
      <label className="field labels-field">
        <span className="field__label">{label}</span>
        {helpId ? cloneElement(control, { 'aria-describedby': helpId }) : control}
      </label>
    );
    if (!help) return labelled;
    return (
      <div className="labels-field-help">
        {labelled}
        <span className="field__help" id={helpId}>{help}</span>
      </div>
    );
  };

  const doneText = done?.kind === 'saved' ? t('labels.profileSaved') : done?.kind === 'tested' ? t('labels.testSent', { printer: done.printer }) : done ? t('labels.printerAdded', { printer: done.printer }) : null;
  const outcome = (
    <>
      {doneText && <p role="status">{doneText}</p>}
      {failure && <p className="labels-error" role="alert">{localizeError(failure, (key) => t(key))}</p>}
    </>
  );

  return (
    <section className="card labels-card labels-printers" aria-label={t('labels.profile')} data-testid="labels-printers">
      <h2 className="card__title">{t('labels.profile')}</h2>
      {notice && <p className="field__help">{notice}</p>}
      {printer && (
        <form key={printer.id} ref={profileForm} onSubmit={saveProfile} className="labels-form">
          {field(
            t('labels.printer'),
            <select
              className="input"
              value={printer.id}
              onChange={(e) => {
                setPrinterId(e.target.value);
                setDone(null);
                setFailure(null);
              }}
            >
              {printers.map((p) => {
                const word = health.word(p);
                return <option key={p.id} value={p.id}>{word ? `${p.name} · ${word}` : p.name}</option>;
              })}
            </select>,
            health.line(printer),
          )}
          {field(
            t('labels.language'),
            <select className="input" name="language" defaultValue={printer.profile.language} onChange={(e) => setLanguage({ printerId: printer.id, value: e.target.value as LabelFormat })}>
              <option value="zpl">ZPL</option>
              <option value="pdf">PDF</option>
            </select>,
          )}
          {field(t('labels.dpi'), <select className="input" name="dpi" defaultValue={printer.profile.dpi}><option value="203">203 dpi</option><option value="300">300 dpi</option></select>)}
          {field(t('labels.size'), <select className="input" name="size" defaultValue={printer.profile.size}><option value="4x6in">4×6 in</option><option value="10x15cm">10×15 cm</option></select>)}
          {shownLanguage === 'zpl' && (
            <>
              {field(t('labels.darkness'), <input className="input" name="darkness" type="number" min={0} max={30} step={1} defaultValue={printer.profile.darkness ?? ''} placeholder={t('labels.darknessDefault')} />, t('labels.darknessHelp'))}
              <div className="labels-offsets">
                {field(t('labels.offsetX'), <input className="input" name="offsetX" type="number" min={-200} max={200} step={1} defaultValue={printer.profile.offsetX} />)}
                {field(t('labels.offsetY'), <input className="input" name="offsetY" type="number" min={-200} max={200} step={1} defaultValue={printer.profile.offsetY} />)}
              </div>
              <p className="field__help labels-offsets__help">{t('labels.offsetHelp')}</p>
            </>
          )}
          <div className="form__actions labels-actions">
            <button type="submit" className="button button--primary">{t('labels.save')}</button>
            <button type="button" className="button button--outline" onClick={printTest}>{t('labels.test')}</button>
          </div>
          {at === 'profile' && outcome}
        </form>
      )}
      <form onSubmit={add} className="labels-form" aria-label={t('labels.addPrinter')}>
        <h3>{t('labels.addPrinter')}</h3>
        {field(t('labels.name'), <input className="input" name="name" required maxLength={80} />)}
        {field(t('labels.host'), <input className="input" name="host" required placeholder="192.168.0.50" />)}
        {field(t('labels.port'), <input className="input" name="port" type="number" min={1} max={65535} defaultValue={9100} />)}
        <div className="form__actions labels-actions">
          <button type="submit" className="button button--outline">{t('labels.add')}</button>
        </div>
        {at === 'add' && outcome}
      </form>
    </section>
  );
}
