// The message carried to an initiative's or indicator's page after it is saved (in router state,
// shown once as a notification banner).
export interface OutcomesFlash {
  kind: 'initiativeCreated' | 'initiativeSaved' | 'indicatorCreated';
  name: string;
}

const KINDS: OutcomesFlash['kind'][] = ['initiativeCreated', 'initiativeSaved', 'indicatorCreated'];

export function outcomesFlashState(flash: OutcomesFlash) {
  return { outcomesFlash: flash };
}

export function readOutcomesFlash(state: unknown): OutcomesFlash | null {
  if (!state || typeof state !== 'object' || !('outcomesFlash' in state)) return null;
  const flash = (state as { outcomesFlash?: Partial<Record<keyof OutcomesFlash, unknown>> }).outcomesFlash;
  if (!flash || !KINDS.includes(flash.kind as OutcomesFlash['kind']) || typeof flash.name !== 'string') return null;
  return { kind: flash.kind as OutcomesFlash['kind'], name: flash.name };
}
