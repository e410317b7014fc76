/** Events and frames as Electron hands them to handlers. */


export interface FakeEvent {
  url?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(fields: { url?: string } = {}): FakeEvent {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}
