// "Ratings and reviews" on a service page: the summary (only the count below 5 ratings, so no
// small group can be singled out), the spread of scores as a chart and a table, the four aspects,
// the monthly trend, the newest reviews and the ways in: rate, read reviews, "You said, we did".
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusMessage } from '@/components/status-message';
import type { RatingSummaryView, ServiceView } from '@/types';
import { useRatingSummary } from '../api/get-summary';
import { useLatestReviews } from '../api/get-reviews';
import { DIMENSIONS, useRatingFormat } from '../scores';
import { RatingTrend } from './rating-trend';
import { ReviewItem } from './review-item';
import { ScoreDistribution } from './score-distribution';

function NetScore({ netScore }: { netScore: number }) {
  const { t } = useTranslation();
  const direction = netScore > 0 ? 'positive' : netScore < 0 ? 'negative' : 'even';
  return (
    <>
      <p className="govuk-body">{t(`ratings.summary.net.${direction}`)}</p>
      <p className="govuk-body">{t('ratings.summary.net.explained')}</p>
    </>
  );
}

function Figures({ summary }: { summary: RatingSummaryView }) {
  const { t } = useTranslation();
  const format = useRatingFormat();
  return (
    <dl className="app-figures">
      <div className="app-figures__item">
        <dt className="app-figures__label">{t('ratings.summary.average')}</dt>
        <dd className="app-figures__value">{t('ratings.summary.outOf5', { mean: format.mean(summary.mean) })}</dd>
      </div>
      <div className="app-figures__item">
        <dt className="app-figures__label">{t('ratings.summary.ratings')}</dt>
        <dd className="app-figures__value">{format.count(summary.count)}</dd>
      </div>
      <div className="app-figures__item">
        <dt className="app-figures__label">{t('ratings.summary.netScore')}</dt>
        <dd className="app-figures__value">{format.net(summary.netScore)}</dd>
      </div>
    </dl>
  );
}

function Aspects({ summary }: { summary: RatingSummaryView }) {
  const { t } = useTranslation();
  const format = useRatingFormat();
  const dimensions = summary.dimensions ?? [];
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet app-compact-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{t('ratings.summary.aspectsCaption')}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t('ratings.summary.aspect')}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t('ratings.summary.averageOutOf5')}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t('ratings.summary.answers')}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {DIMENSIONS.map((dimension) => {
          const entry = dimensions.find((candidate) => candidate.dimension === dimension);
          return (
            <tr className="govuk-table__row" key={dimension}>
              <th scope="row" className="govuk-table__header">
                {t(`ratings.dimensions.${dimension}`)}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {entry?.mean == null ? t('ratings.summary.notEnoughAnswers') : format.mean(entry.mean)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{format.count(entry?.count ?? 0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function LatestReviews({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const latest = useLatestReviews(slug);
  const items = latest.data?.items ?? [];
  return (
    <>
      <h3 className="govuk-heading-s">{t('ratings.summary.latestHeading')}</h3>
      {latest.isPending || latest.isError ? (
        <StatusMessage>
          <p className={latest.isError ? 'govuk-error-message' : 'govuk-body'}>
            {latest.isError ? t('ratings.reviews.error') : t('ratings.reviews.loading')}
          </p>
        </StatusMessage>
      ) : null}
      {latest.isSuccess && items.length === 0 ? <p className="govuk-body">{t('ratings.summary.noReviews')}</p> : null}
      {items.length > 0 ? (
        <ul className="app-review-list">
          {items.map((review) => (
            <li key={review.id}>
              <ReviewItem review={review} serviceSlug={slug} heading="h4" />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function ServiceRatings({ service }: { service: ServiceView }) {
  const { t } = useTranslation();
  const format = useRatingFormat();
  const summary = useRatingSummary(service.slug);
  const base = `/services/${encodeURIComponent(service.slug)}`;
  const data = summary.data;

  return (
    <section aria-labelledby="ratings-heading" className="govuk-!-margin-top-8" id="ratings">
      <h2 className="govuk-heading-m" id="ratings-heading">
        {t('ratings.summary.heading')}
      </h2>
      {!data ? (
        <StatusMessage>
          <p className={summary.isError ? 'govuk-error-message' : 'govuk-body'}>
            {summary.isError ? t('ratings.summary.error') : t('ratings.summary.loading')}
          </p>
        </StatusMessage>
      ) : data.enoughRatings && data.mean != null ? (
        <>
          <Figures summary={data} />
          {data.netScore != null ? <NetScore netScore={data.netScore} /> : null}
          {data.distribution ? (
            <>
              <h3 className="govuk-heading-s">{t('ratings.summary.distributionHeading')}</h3>
              <ScoreDistribution distribution={data.distribution} />
            </>
          ) : null}
          {data.dimensions ? (
            <>
              <h3 className="govuk-heading-s">{t('ratings.summary.aspectsHeading')}</h3>
              <Aspects summary={data} />
            </>
          ) : null}
          {data.trend?.length ? <RatingTrend trend={data.trend} /> : null}
        </>
      ) : data.count === 0 ? (
        <p className="govuk-body">{t('ratings.summary.none')}</p>
      ) : (
        <>
          <p className="govuk-body govuk-!-font-weight-bold">
            {t('ratings.summary.count', { count: data.count, formatted: format.count(data.count) })}
          </p>
          <p className="govuk-body">{t('ratings.summary.notEnough')}</p>
        </>
      )}

      <LatestReviews slug={service.slug} />

      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={`${base}/rate`}>
            {t('ratings.summary.rate')}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={`${base}/reviews`}>
            {t('ratings.summary.readReviews')}
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={`${base}/you-said-we-did`}>
            {t('ratings.summary.youSaidWeDid')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
