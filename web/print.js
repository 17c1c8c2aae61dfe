// Printing opens the sections print.css keeps (browsers that cannot style
// a closed <details> would print only its summary) and closes them again
// afterwards, so the screen looks as the reader left it.

const opened = [];

window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details.print-keep:not([open])')) {
    details.open = true;
    opened.push(details);
  }
});

window.addEventListener('afterprint', () => {
  while (opened.length) opened.pop().open = false;
});
