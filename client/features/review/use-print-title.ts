import { useEffect } from 'react';

/** The browser prints the document title in its page header and offers it as the PDF's file name. */
export function usePrintTitle(title: string): void {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
