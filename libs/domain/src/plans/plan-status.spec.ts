import { planAllows, planStatusAfter } from './plan-status';

describe('plan review steps', () => {
  it('lets authors edit and submit a draft and a plan sent back, and nothing else', () => {
    expect(planAllows('draft', 'edit')).toBe(true);
    expect(planAllows('changes_requested', 'edit')).toBe(true);
    expect(planAllows('submitted', 'edit')).toBe(false);
    expect(planAllows('accepted', 'edit')).toBe(false);
    expect(planAllows('changes_requested', 'submit')).toBe(true);
    expect(planAllows('submitted', 'submit')).toBe(false);
  });

  it('lets reviewers decide only on a submitted plan, or send an accepted one back', () => {
    expect(planAllows('submitted', 'accepted')).toBe(true);
    expect(planAllows('draft', 'accepted')).toBe(false);
    expect(planAllows('changes_requested', 'changes_requested')).toBe(false);
    expect(planAllows('accepted', 'changes_requested')).toBe(true);
    expect(planStatusAfter('submit')).toBe('submitted');
    expect(planStatusAfter('changes_requested')).toBe('changes_requested');
  });
});
