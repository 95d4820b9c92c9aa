/**
 * Worker mode's side of the kiosk hand-off: the import screen (the family's kiosk code scanned,
 * pasted or photographed; src/app/kiosk/KioskCodeImport) and, above the results of an imported
 * request, the answers the family gave at the kiosk, for the worker to check with them.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toMonthly } from '../../rules/core/money';
import { KioskCodeImport } from '../app/kiosk/KioskCodeImport';
import type { ScreeningRequest } from './contracts';

export function KioskImportScreen({ onImport, onBack }: { onImport(request: ScreeningRequest): void; onBack(): void }) {
  const { t } = useTranslation('worker');
  return (
    <section className="worker-import">
      <KioskCodeImport headingLevel={1} onImport={onImport} />
      <button type="button" className="link-button worker-link" onClick={onBack}>{t('screening.cancel')}</button>
    </section>
  );
}

/** The imported answers: place, date, household, income, housing and needs, in the worker's language. */
export function ImportedAnswers({ request }: { request: ScreeningRequest }) {
  const { t, i18n } = useTranslation(['worker', 'screening', 'common']);
  const id = useId();
  const lng = i18n.language;
  const { location, household } = request;
  const incomes = household.members.flatMap((m) => m.incomes);
  const monthly = incomes.reduce((sum, x) => sum + toMonthly(x.amount, x.frequency), 0);
  const list = (items: string[]) => new Intl.ListFormat(lng, { type: 'unit', style: 'short' }).format(items);
  const none = t('worker:import.none');
  const rows: [string, string][] = [
    [t('screening:fields.state'), i18n.exists(`common:states.${location.state}`) ? t(`common:states.${location.state}`) : location.state],
    [t('screening:fields.county'), location.county ?? none],
    [t('screening:fields.zip'), location.zip ?? none],
    [t('worker:import.date'), new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${request.date}T00:00:00Z`))],
    [t('screening:fields.household_size'), new Intl.NumberFormat(lng).format(household.members.length)],
    [t('worker:import.ages'), list(household.members.map((m) => new Intl.NumberFormat(lng).format(m.age)))],
    [t('worker:import.income'), incomes.length ? new Intl.NumberFormat(lng, { style: 'currency', currency: 'USD' }).format(monthly) : none],
    [t('screening:fields.housing'), t(`screening:options.housing.${household.housingSituation}`)],
    [t('screening:fields.needs'), household.needs.length ? list(household.needs.map((n) => t(`screening:options.needs.${n}`))) : none],
  ];
  return (
    <section className="worker-notice worker-imported" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('worker:import.answersHeading')}</h2>
      <p>{t('worker:import.answersIntro')}</p>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
