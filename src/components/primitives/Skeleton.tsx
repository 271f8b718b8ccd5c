/**
 * A loading placeholder shaped like a form (a few bars), announced once as "Loading" to screen readers; the
 * stylesheet animates it unless the shopper prefers reduced motion.
 * @example
 * <Skeleton label={messages.commonLoading} lines={3} />
 */
export function Skeleton({ label, lines = 3, className }: { label: string; lines?: number; className?: string }) {
  return (
    <div className={className ?? 'fdk-skeleton'} role="status" aria-live="polite">
      <span className="fdk-visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="fdk-skeleton-bar" aria-hidden="true" />
      ))}
    </div>
  );
}
