/**
 * The people of a session from a feed's list, each named by the format's own
 * rule; entries without a name are left out. The list is built at its exact
 * size (map, not push, which reserves room for 17): this runs for every session.
 */
import type { Person } from '../programme/model';

export function namedPersons(list: unknown, nameOf: (entry: unknown) => string): Person[] {
  if (!Array.isArray(list)) return [];
  const persons = (list as unknown[]).map((entry): Person => ({ name: nameOf(entry) }));
  return persons.every((person) => person.name !== '') ? persons : persons.filter((person) => person.name !== '');
}
