import {
  Children,
  cloneElement,
  forwardRef,
  isValidElement,
  version,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefCallback,
} from 'react';

type AnyProps = Record<string, unknown>;
type Handler = (...args: unknown[]) => unknown;

/** React 19 made `ref` a prop (`element.props.ref`); React 18 keeps it beside the props (`element.ref`). */
const refIsAProp = Number.parseInt(version, 10) >= 19;

/** Attributes holding a space-separated list of ids: both sides' ids are kept. */
const idListProps = ['aria-describedby', 'aria-labelledby'];

/**
 * The ref an element was created with, read where the running React keeps it, so that neither version warns about the
 * other's place (React 18 warns on `props.ref`, React 19 on `element.ref`).
 */
function elementRef(element: ReactElement): Ref<unknown> | undefined {
  const ref = refIsAProp ? (element.props as { ref?: unknown }).ref : (element as unknown as { ref?: unknown }).ref;
  return (ref ?? undefined) as Ref<unknown> | undefined;
}

/** One ref callback that fills every given ref; a React 19 cleanup returned by one of them is kept. */
function composeRefs<T>(refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return (value) => {
    const cleanups = refs.map((ref) => {
      if (typeof ref === 'function') return ref(value);
      if (ref) (ref as { current: T | null }).current = value;
      return undefined;
    });
    if (!cleanups.some((cleanup) => typeof cleanup === 'function')) return undefined;
    return () => {
      refs.forEach((ref, index) => {
        const cleanup = cleanups[index];
        if (typeof cleanup === 'function') cleanup();
        else if (typeof ref === 'function') ref(null);
        else if (ref) (ref as { current: T | null }).current = null;
      });
    };
  };
}

/** The ids of both lists, the part's first, each once; `undefined` when there are none. */
function joinIds(...lists: unknown[]): string | undefined {
  const ids = new Set(lists.flatMap((list) => (typeof list === 'string' ? list.split(/\s+/) : [])).filter(Boolean));
  return ids.size > 0 ? [...ids].join(' ') : undefined;
}

/**
 * Merges a part's props into its child's. The child's own values win, except that nothing is lost on either side:
 * handlers on both run (the child's first, then the part's unless the child's called `preventDefault()`), class names
 * are joined, styles merged (the child's properties win), `aria-describedby`/`aria-labelledby` id lists joined, and a
 * child prop set to `undefined` does not remove the part's.
 */
export function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps };
  for (const [key, childValue] of Object.entries(childProps)) {
    const slotValue = slotProps[key];
    if (childValue === undefined) continue;
    if (/^on[A-Z]/.test(key) && typeof slotValue === 'function' && typeof childValue === 'function') {
      merged[key] = (...args: unknown[]) => {
        const result = (childValue as Handler)(...args);
        const event = args[0] as { defaultPrevented?: boolean } | undefined;
        if (!event?.defaultPrevented) (slotValue as Handler)(...args);
        return result;
      };
    } else if (key === 'className') {
      merged[key] = [slotValue, childValue].filter(Boolean).join(' ') || undefined;
    } else if (key === 'style' && slotValue && childValue) {
      merged[key] = { ...(slotValue as object), ...(childValue as object) };
    } else if (idListProps.includes(key)) {
      merged[key] = joinIds(slotValue, childValue);
    } else {
      merged[key] = childValue;
    }
  }
  return merged;
}

/** Props of {@link Slot}: the part's props for the child, and the child. */
export type SlotProps = HTMLAttributes<HTMLElement> & { children?: ReactNode };

/**
 * Renders its only child with the part's props merged in (Radix's `asChild`), on React 18 and 19. The part's ref and
 * the child's own ref both receive the element, so a react-hook-form registration reaches your input component when it
 * forwards its ref (`forwardRef` on 18, `forwardRef` or a `ref` prop on 19).
 * @example
 * <Slot className="fdk-input" aria-describedby="email-error" ref={register('email').ref}>
 *   <MyInput className="mine" />
 * </Slot>
 */
export const Slot = forwardRef<HTMLElement, SlotProps>(function Slot({ children, ...props }, forwardedRef) {
  const child = Children.only(children);
  if (!isValidElement(child)) return null;
  const element = child as ReactElement<AnyProps>;
  const childRef = elementRef(element);
  const ref = forwardedRef && childRef ? composeRefs([forwardedRef, childRef]) : (forwardedRef ?? childRef);
  return cloneElement(element, { ...mergeProps(props as AnyProps, element.props), ...(ref ? { ref } : {}) });
});

/**
 * A button part rendered `asChild`: the part's props go to the child, and the part's own `label` becomes the child's
 * content when it has none (`<Login.Submit asChild><MyButton /></Login.Submit>` still reads "Sign in").
 */
export function SlotButton({ label, children, ...props }: HTMLAttributes<HTMLElement> & { label: string; children?: ReactNode; type?: string }) {
  if (!isValidElement(children)) return null;
  const element = children as ReactElement<AnyProps>;
  const content = element.props.children === undefined || element.props.children === null ? label : element.props.children;
  return <Slot {...props}>{cloneElement(element, undefined, content as ReactNode)}</Slot>;
}
