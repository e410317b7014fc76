import { describe, expect, it } from 'vitest';
import { TOOLBAR_HEIGHT, roomLayout } from '../../../main/rooms/room-layout';

describe('room layout', () => {
  it('puts the toolbar above the room', () => {
    expect(roomLayout(1000, 700, false)).toEqual({
      toolbar: { x: 0, y: 0, width: 1000, height: TOOLBAR_HEIGHT },
      room: { x: 0, y: TOOLBAR_HEIGHT, width: 1000, height: 700 - TOOLBAR_HEIGHT },
      roomVisible: true,
    });
  });

  it('lets the toolbar cover everything while a problem shows', () => {
    expect(roomLayout(1000, 700, true)).toMatchObject({ toolbar: { width: 1000, height: 700 }, roomVisible: false });
  });

  it('never produces negative or fractional sizes', () => {
    expect(roomLayout(10.7, 20.2, false).room).toEqual({ x: 0, y: 20, width: 10, height: 0 });
    expect(roomLayout(-5, -5, false).toolbar).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
