import { type PlanDetail } from '@hadir/contracts';
import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../sign-in/hooks/useCountryName';
import { localised } from '../lib/localised';
import classes from './PlanDocument.module.css';

/** A plan as a document: for printing, for the bundle of accepted plans, for the room display. */
export function PlanDocument({ plan, eventTitle }: { plan: PlanDetail; eventTitle: string }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  return (
    <article className={classes.plan} data-testid="plan-document" data-plan-id={plan.id}>
      <Text size="sm" c="dimmed">
        {eventTitle}
      </Text>
      <Title order={1} size="h2">
        {plan.scope === 'delegation'
          ? t('plans.delegationPlan', { country: countryName(plan.country) })
          : t('plans.personPlan', { name: plan.owner?.name ?? '' })}
      </Title>
      <Text size="sm">
        {countryName(plan.country)} · {t(`plans.status.${plan.status}`)}
      </Text>
      {plan.template.sections.map((definition) => (
        <section key={definition.key} className={classes.section}>
          <Title order={2} size="h4">
            {localised(definition.title, i18n.language)}
          </Title>
          <Text className={classes.text}>
            {plan.sections.find((section) => section.key === definition.key)?.text || '—'}
          </Text>
        </section>
      ))}
    </article>
  );
}
