import { type PlanDetail } from '@hadir/contracts';
import { type usePlan } from '../hooks/usePlan';
import { PlanSectionEditor } from './PlanSectionEditor';

type OpenPlan = ReturnType<typeof usePlan>;

/**
 * A plan's sections in the template's order, each as this viewer may work on it: on the plan's
 * page (with comments and what changed since the review) and beside a breakout room's notes.
 */
export function PlanSectionList({
  plan,
  open,
  showChanges = false,
  withComments = false,
}: {
  plan: PlanDetail;
  open: Pick<OpenPlan, 'pending' | 'saveState' | 'actions'>;
  showChanges?: boolean;
  withComments?: boolean;
}) {
  const { pending, saveState, actions } = open;
  const mayComment = withComments && (plan.canReview || plan.canEdit);
  return plan.template.sections.map((definition) => {
    const section = plan.sections.find((s) => s.key === definition.key);
    if (!section) return null;
    return (
      <PlanSectionEditor
        key={definition.key}
        definition={definition}
        section={section}
        draft={pending[definition.key]?.text}
        saveState={saveState(definition.key)}
        canEdit={plan.canEdit}
        conflicts={plan.conflicts.filter((c) => c.sectionKey === definition.key)}
        comments={plan.comments.filter((c) => c.sectionKey === definition.key)}
        reviewed={plan.lastReview ? (plan.lastReview.sections[definition.key] ?? '') : null}
        showChanges={showChanges}
        onEdit={(text) => actions.edit(definition.key, text, section.version)}
        onReplace={(text) => actions.replace(definition.key, text, section.version)}
        onResolve={actions.resolve}
        onComment={mayComment ? (text, id) => actions.comment(definition.key, text, id) : undefined}
      />
    );
  });
}
