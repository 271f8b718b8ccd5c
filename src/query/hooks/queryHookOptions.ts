/** Options the query hooks pass through to `useQuery`. */
export interface QueryHookOptions {
  /** Set to `false` to not fetch (yet). */
  enabled?: boolean;
  /** Override how long the data stays fresh (ms). */
  staleTime?: number;
  /** Refetch on an interval (ms), or `false`. */
  refetchInterval?: number | false;
  /** Refetch when the window regains focus. */
  refetchOnWindowFocus?: boolean;
}
