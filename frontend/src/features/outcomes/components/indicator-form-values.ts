// The indicator form's values, the checks made before sending, and the request they make.
import type { Better, IndicatorInput } from '@/types';

export const INDICATOR_NAME_MAX = 200;
export const UNIT_MAX = 50;
export const INDICATOR_DESCRIPTION_MAX = 2000;

export interface IndicatorFormValues {
  name: string;
  unit: string;
  better: Better | '';
  description: string;
}

export type IndicatorField = 'name' | 'unit' | 'better' | 'description';

export const INDICATOR_FIELD_ORDER: IndicatorField[] = ['name', 'unit', 'better', 'description'];

export const INDICATOR_FIELD_IDS: Record<IndicatorField, string> = {
  name: 'indicator-name',
  unit: 'indicator-unit',
  better: 'indicator-better-UP',
  description: 'indicator-description',
};

export interface IndicatorProblem {
  key: string;
  values?: Record<string, string | number>;
}

export function emptyIndicatorValues(): IndicatorFormValues {
  return { name: '', unit: '', better: '', description: '' };
}

export function validateIndicator(values: IndicatorFormValues): Partial<Record<IndicatorField, IndicatorProblem>> {
  const errors: Partial<Record<IndicatorField, IndicatorProblem>> = {};
  const name = values.name.trim();
  if (!name) errors.name = { key: 'indicatorNameRequired' };
  else if (name.length > INDICATOR_NAME_MAX) errors.name = { key: 'nameTooLong', values: { max: INDICATOR_NAME_MAX } };
  const unit = values.unit.trim();
  if (!unit) errors.unit = { key: 'unitRequired' };
  else if (unit.length > UNIT_MAX) errors.unit = { key: 'unitTooLong', values: { max: UNIT_MAX } };
  if (!values.better) errors.better = { key: 'betterRequired' };
  if (values.description.trim().length > INDICATOR_DESCRIPTION_MAX) {
    errors.description = { key: 'descriptionTooLong', values: { max: INDICATOR_DESCRIPTION_MAX } };
  }
  return errors;
}

/** The request body; call only when validateIndicator found nothing. */
export function toIndicatorInput(values: IndicatorFormValues, serviceId: string): IndicatorInput {
  const input: IndicatorInput = {
    serviceId,
    name: values.name.trim(),
    unit: values.unit.trim(),
    better: values.better || 'UP',
  };
  const description = values.description.trim();
  if (description) input.description = description;
  return input;
}

export function indicatorFieldFromApi(field: string): IndicatorField | null {
  const name = field.split('.').pop() ?? field;
  return (INDICATOR_FIELD_ORDER as string[]).includes(name) ? (name as IndicatorField) : null;
}
