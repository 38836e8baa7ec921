import { useEffect } from 'react';

/** Escape anywhere closes the open modal (sheets, the fact dialog). */
export function useCloseOnEscape(onClose: () => void): void {
  useEffect(() => {
    const k = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', k);
    return () => window.removeEventListener('keydown', k);
  }, [onClose]);
}
