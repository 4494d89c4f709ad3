// pipeline-studio: the desktop application. Thin: StudioApp composes and runs it.
#include "studioapp.h"

int main(int argc, char *argv[])
{
    return ps::StudioApp::run(argc, argv);
}
