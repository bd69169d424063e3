// Messages carried to the manage page in router state, shown once as a notification banner.
export type OpportunityFlash = { kind: 'created' | 'saved'; title: string };

export function readOpportunityFlash(state: unknown): OpportunityFlash | null {
  if (!state || typeof state !== 'object' || !('flash' in state)) return null;
  const flash = (state as { flash?: Partial<OpportunityFlash> }).flash;
  if (!flash || typeof flash.title !== 'string') return null;
  return flash.kind === 'created' || flash.kind === 'saved' ? { kind: flash.kind, title: flash.title } : null;
}

export const managePath = (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/manage`;
export const rosterPath = (shiftId: string) => `/shifts/${encodeURIComponent(shiftId)}/roster`;
