//go:build s3

package main

// Reading s3:// paths needs the AWS SDK, which adds about 100 packages and
// a fifth to the binary; build with -tags s3 to have it.
import _ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
