// The message carried to the list of webhooks after one is deleted (in router state, shown once as a
// notification banner).
export interface IntegrationsFlash {
  kind: 'webhookDeleted';
  url: string;
}

export function integrationsFlashState(flash: IntegrationsFlash) {
  return { integrationsFlash: flash };
}

export function readIntegrationsFlash(state: unknown): IntegrationsFlash | null {
  if (!state || typeof state !== 'object' || !('integrationsFlash' in state)) return null;
  const flash = (state as { integrationsFlash?: Partial<Record<keyof IntegrationsFlash, unknown>> }).integrationsFlash;
  if (!flash || flash.kind !== 'webhookDeleted' || typeof flash.url !== 'string') return null;
  return { kind: flash.kind, url: flash.url };
}
