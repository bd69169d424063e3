// Messages carried to the manage and roster pages in router state, shown once as a notification banner.
export type OpportunityFlash = { kind: 'created' | 'saved'; title: string };

export function readOpportunityFlash(state: unknown): OpportunityFlash | null {
  if (!state || typeof state !== 'object' || !('flash' in state)) return null;
  const flash = (state as { flash?: Partial<OpportunityFlash> }).flash;
  if (!flash || typeof flash.title !== 'string') return null;
  return flash.kind === 'created' || flash.kind === 'saved' ? { kind: flash.kind, title: flash.title } : null;
}

export const managePath = (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/manage`;
export const rosterPath = (shiftId: string) => `/shifts/${encodeURIComponent(shiftId)}/roster`;

/** A changed shift, announced once on its roster. */
export type ShiftFlash = { kind: 'shiftSaved'; startsAt: string; endsAt: string };

export function readShiftFlash(state: unknown): ShiftFlash | null {
  if (!state || typeof state !== 'object' || !('flash' in state)) return null;
  const flash = (state as { flash?: Partial<ShiftFlash> }).flash;
  if (!flash || flash.kind !== 'shiftSaved' || typeof flash.startsAt !== 'string' || typeof flash.endsAt !== 'string') {
    return null;
  }
  return { kind: 'shiftSaved', startsAt: flash.startsAt, endsAt: flash.endsAt };
}

export const editShiftPath = (shiftId: string) => `/shifts/${encodeURIComponent(shiftId)}/edit`;
