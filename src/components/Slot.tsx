import { Children, cloneElement, isValidElement, type HTMLAttributes, type ReactElement, type ReactNode, type Ref } from 'react';

type AnyProps = Record<string, unknown>;

function composeRefs<T>(...refs: Array<Ref<T> | undefined>) {
  return (value: T | null) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(value);
      else if (ref && typeof ref === 'object') (ref as { current: T | null }).current = value;
    }
  };
}

/** Merges a part's props into its child's: handlers are chained (child first), classes and styles combined. */
export function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps, ...childProps };
  for (const key of Object.keys(slotProps)) {
    const slotValue = slotProps[key];
    const childValue = childProps[key];
    if (/^on[A-Z]/.test(key) && typeof slotValue === 'function' && typeof childValue === 'function') {
      merged[key] = (...args: unknown[]) => {
        const result = (childValue as (...a: unknown[]) => unknown)(...args);
        const event = args[0] as { defaultPrevented?: boolean } | undefined;
        if (!event?.defaultPrevented) (slotValue as (...a: unknown[]) => unknown)(...args);
        return result;
      };
    } else if (key === 'className' && slotValue && childValue) {
      merged[key] = `${String(slotValue)} ${String(childValue)}`;
    } else if (key === 'style' && slotValue && childValue) {
      merged[key] = { ...(slotValue as object), ...(childValue as object) };
    }
  }
  return merged;
}

/**
 * Renders its only child with the part's props merged in (Radix's `asChild`): `<Login.Submit asChild><MyButton /></Login.Submit>`.
 */
export function Slot({ children, ref, ...props }: HTMLAttributes<HTMLElement> & { children?: ReactNode; ref?: Ref<HTMLElement> }) {
  const child = Children.only(children);
  if (!isValidElement(child)) return null;
  const element = child as ReactElement<AnyProps & { ref?: Ref<HTMLElement> }>;
  const childRef = element.props.ref;
  return cloneElement(element, { ...mergeProps(props as AnyProps, element.props), ref: ref || childRef ? composeRefs(ref, childRef) : undefined });
}

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
