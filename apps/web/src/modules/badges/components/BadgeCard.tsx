import { type Badge } from '@hadir/contracts';
import { useTranslation } from 'react-i18next';
import { QrCodeImage } from '../../../shared/components/QrCodeImage';
import { badgeRole } from '../lib/badgeSheet';
import classes from './BadgeSheet.module.css';

export interface BadgeCardProps {
  badge: Badge;
  eventTitle: string;
  countryName: string;
}

export function BadgeCard({ badge, eventTitle, countryName }: BadgeCardProps) {
  const { t } = useTranslation();
  const inHall = badge.attendanceMode === 'in_person';
  return (
    <article className={classes.badge} data-testid="badge" data-person-id={badge.personId}>
      <div className={classes.event}>{eventTitle}</div>
      <div className={classes.body}>
        <div className={classes.details}>
          <div className={classes.name} data-testid="badge-name">
            {badge.name}
          </div>
          <div className={classes.country} data-testid="badge-country">
            {countryName}
          </div>
          {badge.organisation && <div className={classes.organisation}>{badge.organisation}</div>}
        </div>
        <QrCodeImage
          className={classes.qr}
          value={badge.code}
          size="28mm"
          alt={t('badges.qrAlt', { name: badge.name })}
          data-testid="badge-qr"
          data-person-id={badge.personId}
        />
      </div>
      <div className={classes.tags}>
        <span
          className={`${classes.tag} ${inHall ? classes.inPerson : classes.remote}`}
          data-testid="badge-mode"
        >
          {t(`attendance.${badge.attendanceMode}`)}
        </span>
        <span className={classes.tag} data-testid="badge-role">
          {t(`roles.${badgeRole(badge)}`)}
        </span>
      </div>
    </article>
  );
}
