import type { ReactNode } from 'react';
import { usePopup } from './use-popup';

/** A small button-triggered menu: closes on choice, outside click or Escape. */
export function Menu({
  label,
  trigger,
  items,
  className = '',
  triggerClassName = 'rounded px-1.5 py-0.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700',
}: {
  label: string;
  trigger: ReactNode;
  items: { key: string; label: string; onSelect: () => void; tone?: 'danger'; current?: boolean }[];
  className?: string;
  triggerClassName?: string;
}) {
  const { open, setOpen, ref } = usePopup<HTMLDivElement>();
  return (
    // `className` may position the menu (e.g. absolute in a card corner); either way it anchors the list.
    <div ref={ref} className={className || 'relative'}>
      <button
        type="button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        className={triggerClassName}
        onPointerDown={(e) => e.stopPropagation()}
        onClick={(e) => {
          e.stopPropagation();
          setOpen((o) => !o);
        }}
      >
        {trigger}
      </button>
      {open && (
        <div
          role="menu"
          aria-label={label}
          className="absolute right-0 z-20 mt-1 w-36 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              aria-current={item.current ? 'page' : undefined}
              className={`block w-full px-3 py-1.5 text-left text-sm hover:bg-slate-50 ${item.tone === 'danger' ? 'text-red-600' : 'text-slate-700'} ${item.current ? 'font-semibold' : ''}`}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
