/** Prop checks shared by the writer components: each failure names file:line, component and prop. */
import { MdxRenderError, type ComponentCall } from '../../lib/mdx/render-mdx.ts';

export function propError(call: ComponentCall, component: string, prop: string, expected: string): MdxRenderError {
  const value = call.props[prop];
  return new MdxRenderError(`${call.where}: <${component}> ${prop}: ${expected}이어야 합니다. 받은 값: ${value === undefined ? '없음' : JSON.stringify(value)}`);
}

/** Rejects props the component does not know (usually a typo: titel=…). */
export function onlyProps(call: ComponentCall, component: string, allowed: readonly string[]): void {
  for (const name of Object.keys(call.props)) {
    if (!allowed.includes(name)) {
      throw new MdxRenderError(`${call.where}: <${component}>에는 ${name} 속성이 없습니다. 쓸 수 있는 속성: ${allowed.join(', ') || '없음'}`);
    }
  }
}

/** A non-empty string prop, or undefined when optional and absent. */
export function stringProp(call: ComponentCall, component: string, prop: string, expected: string, required: boolean): string | undefined {
  const value = call.props[prop];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || !value.trim()) throw propError(call, component, prop, expected);
  return value.trim();
}
