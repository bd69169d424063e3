// Messages carried to the next page in router state, shown once as a notification banner.
export type Flash = { kind: 'created' | 'saved' | 'archived'; name: string };

export function readFlash(state: unknown): Flash | null {
  if (!state || typeof state !== 'object' || !('flash' in state)) return null;
  const flash = (state as { flash?: Flash }).flash;
  return flash && typeof flash.name === 'string' ? flash : null;
}

/** Cursors of earlier pages, so "Previous page" can go back without the server's help. */
export function readPreviousCursors(state: unknown): string[] {
  if (!state || typeof state !== 'object' || !('previous' in state)) return [];
  const previous = (state as { previous?: unknown }).previous;
  return Array.isArray(previous) ? previous.filter((item): item is string => typeof item === 'string') : [];
}
