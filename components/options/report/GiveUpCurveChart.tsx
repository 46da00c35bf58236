import { formatPercent, type GiveUpCurve } from '@/lib/core/metrics';
import { BarChart } from './BarChart';

export function GiveUpCurveChart({ curve }: { curve: GiveUpCurve }) {
  const touched = curve.closed - curve.neverTouched;
  return (
    <>
      <h3>The give-up curve</h3>
      <p>
        Of your {touched} prospect{touched === 1 ? '' : 's'} closed without success after at least one touch, the share
        that stopped after each number of touches, beside the industry&apos;s figures.
        {curve.neverTouched ? ` ${curve.neverTouched} more were closed without a single touch.` : ''}
      </p>
      <BarChart
        title="Closed without success: share stopped after each number of touches, you and the industry"
        categoryLabel="Touches"
        categories={curve.buckets.map((bucket) => bucket.touches)}
        series={[
          { name: 'You', values: curve.buckets.map((bucket) => bucket.percent), tone: 'primary' },
          { name: 'Industry', values: curve.buckets.map((bucket) => bucket.industryPercent), tone: 'secondary' },
        ]}
        format={formatPercent}
      />
    </>
  );
}
