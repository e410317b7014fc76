import { describe, expect, it, vi } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import { MainLanguage } from '../../main/i18n/main-language';
import { ReminderTray, trayMenuTemplate } from '../../main/tray';
import { FakeTray } from './fake-electron';


const actions = () => ({ open: vi.fn(), quit: vi.fn() });
const english = new MainLanguage('en').t;
const labels = (tray: FakeTray) => tray.contextMenu!.template.map((item) => item.label ?? item.type);

describe('trayMenuTemplate', () => {
  it('offers Open, the next reminder (informative only) and Quit', () => {
    const template = trayMenuTemplate({ title: 'Opening of the Academy', time: '11:20 CET' }, actions(), english);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Open Go Local Companion',
      'Next reminder: Opening of the Academy at 11:20 CET',
      'separator',
      'Quit',
    ]);
    expect(template[1]!.enabled).toBe(false);
  });

  it('leaves the reminder line out when none is known', () => {
    expect(trayMenuTemplate(null, actions(), english).map((item) => item.label ?? item.type)).toEqual(['Open Go Local Companion', 'separator', 'Quit']);
  });

  it('shortens long titles and keeps "&" literal (it marks an accelerator on Windows and Linux)', () => {
    const [, reminder] = trayMenuTemplate({ title: `Cities & Rights: ${'x'.repeat(80)}`, time: '09:50 CET' }, actions(), english);
    expect(reminder!.label).toMatch(/^Next reminder: Cities && Rights: x+… at 09:50 CET$/);
    expect(reminder!.label!.length).toBeLessThan(100);
  });
});

describe('ReminderTray', () => {
  it('shows one icon with the tooltip and a menu, and updates that menu in place', () => {
    const tray = new ReminderTray(actions());
    expect(tray.shown).toBe(false);
    tray.show({ title: 'A', time: '10:00 CET' });
    tray.show({ title: 'B', time: '11:00 CET' });
    expect(FakeTray.created).toHaveLength(1);
    const [icon] = FakeTray.created;
    expect(String(icon!.image)).toMatch(/assets\/icons\/png\/32x32\.png/);
    expect(icon!.toolTip).toBe(en['tray.tooltip']);
    expect(labels(icon!)).toContain('Next reminder: B at 11:00 CET');
    tray.update(null);
    expect(labels(icon!)).toEqual(['Open Go Local Companion', 'separator', 'Quit']);
  });

  it('opens the window from the menu and from a click on the icon (Windows), and quits from the menu', () => {
    const handlers = actions();
    const tray = new ReminderTray(handlers);
    tray.show(null);
    const [icon] = FakeTray.created;
    icon!.item('Open Go Local Companion')!.click!();
    icon!.emit('click');
    expect(handlers.open).toHaveBeenCalledTimes(2);
    icon!.item('Quit')!.click!();
    expect(handlers.quit).toHaveBeenCalledOnce();
  });

  it('is gone after destroy, and a later show makes a new icon', () => {
    const tray = new ReminderTray(actions());
    tray.show(null);
    tray.destroy();
    expect(FakeTray.created[0]!.destroyed).toBe(true);
    expect(tray.shown).toBe(false);
    tray.update({ title: 'A', time: '10:00' });
    expect(FakeTray.created[0]!.item('Next reminder')).toBeUndefined();
    tray.show(null);
    expect(FakeTray.created).toHaveLength(2);
  });
});

describe('ReminderTray in the attendee’s language', () => {
  it('shows its tooltip and menu in German when the language is de', () => {
    const tray = new ReminderTray(actions(), new MainLanguage('de'));
    tray.show({ title: 'Eröffnung', time: '11:20 MEZ' });
    const [icon] = FakeTray.created;
    expect(icon!.toolTip).toBe('Go Local Companion – Erinnerungen aktiv');
    expect(labels(icon!)).toEqual(['Go Local Companion öffnen', 'Nächste Erinnerung: Eröffnung um 11:20 MEZ', 'separator', 'Beenden']);
  });

  it('rebuilds the same menu and tooltip in the new language when the language changes while it shows', () => {
    const language = new MainLanguage('en');
    const tray = new ReminderTray(actions(), language);
    tray.show({ title: 'Opening', time: '11:20' });
    const [icon] = FakeTray.created;
    language.use('es');
    expect(icon!.toolTip).toBe('Go Local Companion – recordatorios activados');
    expect(labels(icon!)).toEqual(['Abrir Go Local Companion', 'Próximo recordatorio: Opening a las 11:20', 'separator', 'Salir']);
    tray.update(null);
    language.use('de');
    expect(labels(icon!)).toEqual(['Go Local Companion öffnen', 'separator', 'Beenden']);
  });
});
