// Messages carried to the idea page in router state, shown once as a notification banner.
export type IdeaFlash = { kind: 'proposed' | 'saved' };

export function readIdeaFlash(state: unknown): IdeaFlash | null {
  if (!state || typeof state !== 'object' || !('flash' in state)) return null;
  const kind = (state as { flash?: { kind?: unknown } }).flash?.kind;
  return kind === 'proposed' || kind === 'saved' ? { kind } : null;
}
