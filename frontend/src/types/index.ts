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
export type ServiceRef = Schemas['ServiceRef'];
export type ChallengeState = Schemas['ChallengeState'];
export type ChallengeView = Schemas['ChallengeView'];
export type ChallengePage = Schemas['ChallengePage'];
export type IdeaStatus = Schemas['IdeaStatus'];
export type IdeaView = Schemas['IdeaView'];
export type IdeaPage = Schemas['IdeaPage'];
export type IdeaInput = Schemas['IdeaInput'];
export type StatusChange = Schemas['StatusChange'];
export type Timeline = Schemas['Timeline'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type SupportView = Schemas['SupportView'];
