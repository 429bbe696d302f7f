import { useEffect } from 'react';

/**
 * The document's title while the print view is open: browsers (and the PDF's
 * metadata) take the saved file's name and title from it, so a report is
 * never saved as « Jalon.pdf ».
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
