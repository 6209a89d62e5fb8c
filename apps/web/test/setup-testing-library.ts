import { configure } from '@testing-library/react';

// waitFor and findBy* give up after 1 s by default. With the API's tests on the same two cores, a mocked answer
// and the render after it have taken longer than that (a form's field error appeared after ~1.2 s under CI load).
// This is a ceiling, not a speed assertion: passing tests still finish as soon as the page is right.
configure({ asyncUtilTimeout: 5_000 });
