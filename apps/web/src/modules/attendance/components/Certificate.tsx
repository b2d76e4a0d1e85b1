import { type EventSummary, type PersonAttendanceReport } from '@hadir/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateSpan } from '../../events/lib/time';
import { useDateFnsLocale } from '../../language/hooks/useDateFnsLocale';
import { useCountryName } from '../../sign-in/hooks/useCountryName';
import { useDuration } from '../hooks/useDuration';
import { QrCodeImage } from '../../../shared/components/QrCodeImage';
import classes from './Certificate.module.css';

/** The page class that lets certificates fill the paper when printed. */
export const certificateSheet = classes.sheet;

/** One A4 landscape certificate of attendance, the same on screen and on paper. */
export function Certificate({
  event,
  person,
}: {
  event: EventSummary;
  person: PersonAttendanceReport;
}) {
  const { t } = useTranslation();
  const locale = useDateFnsLocale();
  const countryName = useCountryName();
  const duration = useDuration();
  return (
    <article
      className={classes.certificate}
      data-testid="certificate"
      data-person={person.personId}
    >
      <div>
        <div className={classes.kicker}>{event.title}</div>
        <h1 className={classes.title}>{t('ledger.certificate.title')}</h1>
      </div>
      <div>
        <div className={classes.body}>{t('ledger.certificate.certifies')}</div>
        <div className={classes.name}>{person.name}</div>
        <div className={classes.body}>{countryName(person.country)}</div>
        <p className={classes.body}>
          {t('ledger.certificate.attended', {
            dates: formatDateSpan(event.startDate, event.endDate, locale),
            venue: event.venue,
            time: duration(person.total.minutes),
            percent: person.total.percent,
          })}
        </p>
      </div>
      <div className={classes.footer}>
        {/* Only someone who qualifies has a certificate, and with it its code and date. */}
        <span>
          {person.certificate &&
            t('ledger.certificate.issued', {
              date: new Date(person.certificate.issuedAt).toLocaleDateString(locale.code),
            })}
        </span>
        {person.certificate && <CertificateCheckMark code={person.certificate.code} />}
        <span>{t('ledger.certificate.organisers')}</span>
      </div>
    </article>
  );
}

/** Where anyone holding the paper checks it: a QR code and the same address in print. */
function CertificateCheckMark({ code }: { code: string }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}/verify/${code}`;
  return (
    <span className={classes.check} data-testid="certificate-check" data-code={code}>
      <QrCodeImage value={url} size="22mm" alt={t('ledger.certificate.qrAlt')} />
      <span>
        {t('ledger.certificate.verify', { url: `${window.location.host}/verify` })}
        <br />
        {t('ledger.certificate.verifyCode', { code })}
      </span>
    </span>
  );
}
