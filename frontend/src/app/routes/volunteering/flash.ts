// Messages carried to My shifts in router state, shown once as a notification banner.
export type MyShiftsFlash = { kind: 'contributionRecorded' };

export function readMyShiftsFlash(state: unknown): MyShiftsFlash | null {
  if (!state || typeof state !== 'object' || !('flash' in state)) return null;
  const kind = (state as { flash?: { kind?: unknown } }).flash?.kind;
  return kind === 'contributionRecorded' ? { kind } : null;
}
