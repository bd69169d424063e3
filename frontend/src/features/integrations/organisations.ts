// The organisations someone can choose in the integrations forms: their own (staff), or every one
// (admins, from the first page of 100 organisations), and a name for an organisation id.
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { isAdmin } from '@/lib/auth';
import type { MeView, OrganisationRef } from '@/types';

export interface OrganisationChoices {
  choices: OrganisationRef[];
  isPending: boolean;
  isError: boolean;
  nameOf: (id: string) => string | undefined;
}

export function useOrganisationChoices(me: MeView | null | undefined): OrganisationChoices {
  const admin = isAdmin(me);
  const organisations = useOrganisations({ enabled: admin });
  const all = (organisations.data?.items ?? []).map(({ id, slug, name }) => ({ id, slug, name }));
  const own = me?.staffOf ?? [];
  const choices = (admin ? all : own).slice().sort((a, b) => a.name.localeCompare(b.name));
  return {
    choices,
    isPending: admin && organisations.isPending,
    isError: admin && organisations.isError,
    nameOf: (id) => (choices.find((organisation) => organisation.id === id) ?? own.find((o) => o.id === id))?.name,
  };
}
