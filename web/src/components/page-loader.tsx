import { Center, Loader } from '@mantine/core';

/** Shown while a lazily loaded screen's code arrives. */
export function PageLoader() {
  return (
    <Center py="xl">
      <Loader />
    </Center>
  );
}
