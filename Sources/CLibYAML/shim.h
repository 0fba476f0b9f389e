// The system libyaml (Debian: libyaml-dev). Only the YAML module imports this.
#include <yaml.h>
