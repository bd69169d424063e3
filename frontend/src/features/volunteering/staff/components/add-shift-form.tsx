// Staff add a shift to an opportunity: the shift form, sent with an idempotency key, then emptied.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, newIdempotencyKey } from '@/lib/api-client';
import { useAddShift } from '../api/shifts';
import { ShiftForm } from './shift-form';
import { useShiftFormat } from './use-shift-format';

export function AddShiftForm({ opportunityId, timeZone }: { opportunityId: string; timeZone: string }) {
  const { t } = useTranslation();
  const format = useShiftFormat(timeZone);
  const add = useAddShift();
  const idempotency = useRef<{ body: string; key: string } | null>(null);

  return (
    <section aria-labelledby="add-shift-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="add-shift-heading">
        {t('volunteeringStaff.shiftForm.heading')}
      </h2>
      <ShiftForm
        timeZone={timeZone}
        intro={<p className="govuk-body">{t('volunteeringStaff.shiftForm.intro', { timeZone })}</p>}
        submitLabel={t('volunteeringStaff.shiftForm.submit')}
        busy={add.isPending}
        onSave={async (input) => {
          const body = JSON.stringify(input);
          if (idempotency.current?.body !== body) idempotency.current = { body, key: newIdempotencyKey() };
          try {
            const shift = await add.mutateAsync({ opportunityId, input, idempotencyKey: idempotency.current.key });
            idempotency.current = null;
            return {
              reset: true,
              message: t('volunteeringStaff.shiftForm.added', { shift: format.range(shift.startsAt, shift.endsAt) }),
            };
          } catch (error) {
            if (isApiError(error) && error.status === 422) idempotency.current = null;
            throw error;
          }
        }}
      />
    </section>
  );
}
