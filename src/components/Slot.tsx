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
} from 'react';
import { composeRefs, mergeProps } from '../forms/kit/mergeProps';

type AnyProps = Record<string, unknown>;

/** React 19 made `ref` a prop (`element.props.ref`); React 18 keeps it beside the props (`element.ref`). */
const refIsAProp = Number.parseInt(version, 10) >= 19;

/**
 * The ref an element was created with, read where the running React keeps it, so that neither version warns about the
 * other's place (React 18 warns on `props.ref`, React 19 on `element.ref`).
 */
function elementRef(element: ReactElement): Ref<unknown> | undefined {
  const ref = refIsAProp ? (element.props as { ref?: unknown }).ref : (element as unknown as { ref?: unknown }).ref;
  return (ref ?? undefined) as Ref<unknown> | undefined;
}

/** Props of {@link Slot}: the part's props for the child, and the child. */
export type SlotProps = HTMLAttributes<HTMLElement> & { children?: ReactNode };

/**
 * Renders its only child with the part's props merged in (Radix's `asChild`, by the kit's one `mergeProps`: the
 * child's values win, handlers on both run, class names, styles and id lists are joined), on React 18 and 19. The part's ref and
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
  const ref = forwardedRef && childRef ? composeRefs(forwardedRef, childRef) : (forwardedRef ?? childRef);
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
