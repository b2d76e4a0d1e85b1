/** Where a plan is in its review, and who moves it on. */
export type PlanStatus = 'draft' | 'submitted' | 'changes_requested' | 'accepted';
export type PlanAction = 'edit' | 'submit' | 'changes_requested' | 'accepted';

const ALLOWED: Record<PlanAction, readonly PlanStatus[]> = {
  // Authors write until they submit, and again when changes are asked for.
  edit: ['draft', 'changes_requested'],
  submit: ['draft', 'changes_requested'],
  // Reviewers decide on what was submitted; an accepted plan can still be sent back.
  changes_requested: ['submitted', 'accepted'],
  accepted: ['submitted'],
};

export function planAllows(status: PlanStatus, action: PlanAction): boolean {
  return ALLOWED[action].includes(status);
}

/** The status an action leads to. */
export function planStatusAfter(action: Exclude<PlanAction, 'edit'>): PlanStatus {
  return action === 'submit' ? 'submitted' : action;
}
