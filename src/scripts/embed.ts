// The embed page's link to the full site follows the view shown in the frame.
const full = document.querySelector<HTMLAnchorElement>('[data-embed-full]');
if (full) {
  const base = full.getAttribute('href')!;
  full.addEventListener('click', () => {
    full.href = `${base}${location.search}`;
  });
}
