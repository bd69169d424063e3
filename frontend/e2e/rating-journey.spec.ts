// Journey 6: co-assessment. Bob rates and reviews a Riverside Parks service; Sam replies, promises a
// change and later marks it done; Bob is asked whether it happened, answers, and the change with his
// answer appears on the service's "You said, we did" page.
import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  mainHeading,
  newParksService,
  screenshot,
  screenshotBothWidths,
  signIn,
  signOut,
} from './support';

test('a citizen reviews a service, staff promise a change and do it, and the citizen confirms it', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const name = `Boat hire ${Date.now()}`;
  const service = await newParksService(request, name, 'Rowing boats to hire on the mill pond, April to October.');
  const review = 'The boats are lovely, but the kiosk opens at 11 and the best of the morning is gone.';
  const promise = 'The boat kiosk opens at 9am every day from April.';

  // Bob finds the service, which has no ratings yet, and rates it.
  await page.goto(`/services/${service.slug}`);
  await expect(mainHeading(page)).toHaveText(name);
  await expect(page.getByText('No one has rated this service yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Rate this service' }).first().click();
  await expect(mainHeading(page)).toHaveText('Sign in to rate this service');
  await expectNoAxeViolations(page);
  await signIn(page, 'bob', 'Bob Citizen');
  await expect(mainHeading(page)).toHaveText('Rate this service');
  await page.getByRole('button', { name: 'Send rating' }).click();
  await expect(page.getByRole('link', { name: 'Select an overall score from 1 to 5' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'rate-service-error');
  await page.getByRole('group', { name: /^Overall, how would you rate/ }).getByRole('radio', { name: /^2 – Poor/ }).check();
  await page.getByRole('group', { name: /^Speed/ }).getByRole('radio', { name: /^1 – Very poor/ }).check();
  await page.getByLabel('Your review (optional)').fill(review);
  await screenshot(page, 'rate-service-filled-1280');
  await page.getByRole('button', { name: 'Send rating' }).click();
  await expect(page.getByText(`Thank you for rating ${name}`)).toBeVisible();
  await expect(page.getByText(/^1 rating\b/).first()).toBeVisible();
  await expect(page.getByText(/^Not enough ratings yet\./)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'service-rated');
  await signOut(page);

  // Sam finds it among the reviews waiting for a reply, answers and promises a change.
  await page.goto('/reviews/awaiting-reply');
  await signIn(page, 'sam', 'Sam Staff');
  await expect(mainHeading(page)).toHaveText('Reviews waiting for a reply');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'reviews-awaiting-reply');
  await page.getByRole('link', { name: new RegExp(`^Reply to the review of ${name}`) }).click();
  await expect(mainHeading(page)).toHaveText('Reply to a review');
  await expect(page.getByText(review)).toBeVisible();
  await page.getByLabel('Your reply').fill('Thank you, Bob. You are right: mornings are the best time on the pond.');
  await page.getByLabel('We are making a change because of this review').check();
  await page.getByLabel('What will change').fill(promise);
  const when = page.getByRole('group', { name: /^When will it be done by\?/ });
  const nextYear = new Date().getFullYear() + 1;
  await when.getByLabel('Day').fill('1');
  await when.getByLabel('Month').fill('4');
  await when.getByLabel('Year').fill(String(nextYear));
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'reply-with-change');
  await page.getByRole('button', { name: 'Publish reply' }).click();
  await expect(page.getByText(`Your reply to the review of ${name} is published`)).toBeVisible();
  await expectNoAxeViolations(page);

  // Later, the change has happened: Sam marks it done on its page.
  await page.getByRole('link', { name: "Open the change's page" }).click();
  await expect(page.getByText(promise).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByText('Change marked as done')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'change-done-1280');
  await signOut(page);

  // Bob is asked whether it happened, and answers.
  await page.goto('/notifications');
  await signIn(page, 'bob', 'Bob Citizen');
  await page.getByRole('link', { name: new RegExp(`Did this change to ${name} happen\\?`) }).first().click();
  await expect(page.getByRole('heading', { name: 'Did this change happen?' })).toBeVisible();
  await page.getByRole('radio', { name: /^Partly/ }).check();
  await page.getByLabel(/^Is there anything else you want to tell us\?/).fill('It opens at 9 on weekdays; weekends are still 11.');
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'change-confirmation');
  await page.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByText('Thank you for your answer')).toBeVisible();
  await signOut(page);

  // Anyone sees it on "You said, we did", with Bob's answer, and Sam's reply beside his review.
  await page.goto(`/services/${service.slug}/you-said-we-did`);
  await expect(mainHeading(page)).toHaveText('You said, we did');
  const change = page.getByRole('listitem').filter({ hasText: promise });
  await expect(change.getByText(review)).toBeVisible();
  await expect(change.getByText('Partly', { exact: true })).toBeVisible();
  await expect(change.getByText('It opens at 9 on weekdays; weekends are still 11.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'you-said-we-did');
  await page.goto(`/services/${service.slug}/reviews`);
  await expect(page.getByText('Reply from Sam Staff')).toBeVisible();
  await expect(page.getByText('We are making a change')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'service-reviews');

  // A demo service with two years of ratings: the figures, the chart and its tables, and the trend.
  await page.goto('/services/household-recycling-collection');
  await expect(page.getByRole('heading', { name: 'Ratings and reviews' })).toBeVisible();
  await expect(page.getByText(/out of 5/).first()).toBeVisible();
  await page.getByText('Show the monthly trend').click();
  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'service-ratings-summary');
});
