// Messages carried to the idea page in router state, shown once as a notification banner.
export type IdeaFlash = { kind: 'proposed' };

export function readIdeaFlash(state: unknown): IdeaFlash | null {
  if (!state || typeof state !== 'object' || !('flash' in state)) return null;
  const flash = (state as { flash?: { kind?: unknown } }).flash;
  return flash?.kind === 'proposed' ? { kind: 'proposed' } : null;
}
