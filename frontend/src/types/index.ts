// Friendly names for the generated API schemas, so regenerating src/types/api.ts changes nothing else.
import type { components } from './api';

type Schemas = components['schemas'];

export type OrganisationRef = Schemas['OrganisationRef'];
export type MeView = Schemas['MeView'];
export type OrganisationView = Schemas['OrganisationView'];
export type OrganisationPage = Schemas['OrganisationPage'];
export type ServiceCategory = Schemas['ServiceCategory'];
export type ServiceView = Schemas['ServiceView'];
export type ServicePage = Schemas['ServicePage'];
export type ServiceInput = Schemas['ServiceInput'];
export type StringPage = Schemas['StringPage'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
