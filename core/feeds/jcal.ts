/**
 * Reading ical.js's parse result (jCal, RFC 7265) directly. ical.js's
 * Component and Property wrappers decode every value they touch into objects,
 * which for a big calendar costs several times the parse itself; the raw
 * arrays already hold what a programme needs: names, parameters, value text.
 */

/** [name, parameters, value type, ...values]; names and parameter keys are lower case. */
export type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
/** [name, properties, subcomponents]. */
export type JCalComponent = [string, JCalProperty[], JCalComponent[]];

function isProperty(value: unknown): value is JCalProperty {
  return Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'object' && value[1] !== null;
}

/** The components of ical.js's result, which is one jCal component, or a list of them for several calendars. */
export function jcalComponents(parsed: unknown): JCalComponent[] {
  const list = Array.isArray(parsed) && Array.isArray(parsed[0]) ? (parsed as unknown[]) : [parsed];
  return list.filter(isComponent);
}

function isComponent(value: unknown): value is JCalComponent {
  return Array.isArray(value) && typeof value[0] === 'string' && Array.isArray(value[1]) && Array.isArray(value[2]);
}

export function subcomponents(component: JCalComponent, name: string): JCalComponent[] {
  return component[2].filter((child) => isComponent(child) && child[0] === name);
}

/**
 * The properties of a component by name, built on the first lookup. A series
 * asks its event for the same names once per occurrence, and an event may hold
 * hundreds of thousands of EXDATE lines: one walk per component, not per lookup.
 * ical.js's result is not changed after parsing, so the index stays true.
 */
const propertyIndex = new WeakMap<JCalComponent, Map<string, JCalProperty[]>>();

function propertiesByName(component: JCalComponent): Map<string, JCalProperty[]> {
  let index = propertyIndex.get(component);
  if (!index) {
    index = new Map();
    for (const property of component[1]) {
      if (!isProperty(property)) continue;
      const named = index.get(property[0]);
      if (named) named.push(property);
      else index.set(property[0], [property]);
    }
    propertyIndex.set(component, index);
  }
  return index;
}

export function firstProperty(component: JCalComponent, name: string): JCalProperty | undefined {
  return propertiesByName(component).get(name)?.[0];
}

export function allProperties(component: JCalComponent, name: string): JCalProperty[] {
  return [...(propertiesByName(component).get(name) ?? [])];
}

/** The first value of a property as text ('' when absent or not text, e.g. a recurrence rule). */
export function firstText(component: JCalComponent, name: string): string {
  const value = firstProperty(component, name)?.[3];
  return typeof value === 'string' ? value : '';
}

/** A parameter as text ('' when absent; the first when it was given several). */
export function parameter(property: JCalProperty, name: string): string {
  const value = property[1][name];
  if (typeof value === 'string') return value;
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '';
}
