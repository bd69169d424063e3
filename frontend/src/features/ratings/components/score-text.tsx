import { useTranslation } from 'react-i18next';
import { isScore } from '../scores';

/** "Good (4 out of 5)": a score in words and numbers, never only as a number or a picture. */
export function useScoreText(): (score: number | null | undefined) => string {
  const { t } = useTranslation();
  return (score) => (isScore(score) ? t('ratings.scoreText', { score, words: t(`ratings.scores.${score}`) }) : '');
}
