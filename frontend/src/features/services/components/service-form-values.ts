// The service form's values, its client-side checks (mirroring the API's) and the mapping to ServiceInput.
import type { ServiceInput, ServiceView } from '@/types';
import { isServiceCategory } from '../categories';

export interface ServiceFormValues {
  organisationId: string;
  name: string;
  slug: string;
  summary: string;
  description: string;
  category: string;
  areaServed: string;
  email: string;
  phone: string;
  website: string;
  active: boolean;
}

export type ServiceFormField = keyof ServiceFormValues;

/** Field order on the page: the error summary lists errors in this order. */
export const FIELD_ORDER: ServiceFormField[] = [
  'organisationId',
  'name',
  'slug',
  'summary',
  'description',
  'category',
  'areaServed',
  'email',
  'phone',
  'website',
  'active',
];

/** The id of each field's control, which the error summary links to. */
export const FIELD_IDS: Record<ServiceFormField, string> = {
  organisationId: 'organisationId',
  name: 'name',
  slug: 'slug',
  summary: 'summary',
  description: 'description',
  category: 'category',
  areaServed: 'areaServed',
  email: 'contact-email',
  phone: 'contact-phone',
  website: 'contact-website',
  active: 'active',
};

/** API property paths (as in problem+json `errors[].field`) to form fields. */
const API_FIELDS: Record<string, ServiceFormField> = {
  organisationId: 'organisationId',
  name: 'name',
  slug: 'slug',
  summary: 'summary',
  description: 'description',
  category: 'category',
  areaServed: 'areaServed',
  'contact.email': 'email',
  'contact.phone': 'phone',
  'contact.website': 'website',
  active: 'active',
};

export function fieldFromApi(path: string): ServiceFormField | undefined {
  if (API_FIELDS[path]) return API_FIELDS[path];
  // tolerate a prefix such as "create.request." in front of the property path
  const match = Object.keys(API_FIELDS).find((key) => path.endsWith(`.${key}`));
  return match ? API_FIELDS[match] : undefined;
}

export function emptyValues(organisationId = ''): ServiceFormValues {
  return {
    organisationId,
    name: '',
    slug: '',
    summary: '',
    description: '',
    category: '',
    areaServed: '',
    email: '',
    phone: '',
    website: '',
    active: true,
  };
}

export function valuesFromService(service: ServiceView): ServiceFormValues {
  return {
    organisationId: service.organisation.id,
    name: service.name,
    slug: service.slug,
    summary: service.summary,
    description: service.description ?? '',
    category: service.category,
    areaServed: service.areaServed,
    email: service.contact.email ?? '',
    phone: service.contact.phone ?? '',
    website: service.contact.website ?? '',
    active: service.active,
  };
}

// Empty means absent: the API treats a missing optional field as cleared.
const orAbsent = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function toServiceInput(values: ServiceFormValues): ServiceInput {
  return {
    organisationId: values.organisationId,
    name: values.name.trim(),
    slug: orAbsent(values.slug),
    summary: values.summary.trim(),
    description: orAbsent(values.description),
    category: values.category as ServiceInput['category'],
    areaServed: values.areaServed.trim(),
    contact: {
      email: orAbsent(values.email),
      phone: orAbsent(values.phone),
      website: orAbsent(values.website),
    },
    active: values.active,
  };
}

/** i18n keys of the errors, by field. */
export type ServiceFormErrors = Partial<Record<ServiceFormField, string>>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Client-side checks; returns i18n keys under `form.errors`. */
export function validateService(values: ServiceFormValues, { requireOrganisation }: { requireOrganisation: boolean }) {
  const errors: ServiceFormErrors = {};
  const name = values.name.trim();
  const slug = values.slug.trim();
  const summary = values.summary.trim();
  const area = values.areaServed.trim();
  const email = values.email.trim();
  const website = values.website.trim();

  if (requireOrganisation && !values.organisationId) errors.organisationId = 'organisationRequired';
  if (!name) errors.name = 'nameRequired';
  else if (name.length > 120) errors.name = 'nameTooLong';
  if (slug.length > 80) errors.slug = 'slugTooLong';
  else if (slug && !SLUG.test(slug)) errors.slug = 'slugInvalid';
  if (!summary) errors.summary = 'summaryRequired';
  else if (summary.length > 280) errors.summary = 'summaryTooLong';
  if (values.description.trim().length > 5000) errors.description = 'descriptionTooLong';
  if (!isServiceCategory(values.category)) errors.category = 'categoryRequired';
  if (!area) errors.areaServed = 'areaRequired';
  else if (area.length > 120) errors.areaServed = 'areaTooLong';
  if (email && !EMAIL.test(email)) errors.email = 'emailInvalid';
  if (values.phone.trim().length > 40) errors.phone = 'phoneTooLong';
  if (website.length > 300) errors.website = 'websiteTooLong';
  else if (website && !isHttpUrl(website)) errors.website = 'websiteInvalid';
  return errors;
}
